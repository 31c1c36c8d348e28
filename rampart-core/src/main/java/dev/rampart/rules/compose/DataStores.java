package dev.rampart.rules.compose;

import dev.rampart.containers.DataStoreImages;
import dev.rampart.format.compose.ComposeFile;
import dev.rampart.format.compose.Service;
import java.util.ArrayList;
import java.util.List;

/** The services that run a data store, by their image ({@link DataStoreImages}). */
final class DataStores {
  private DataStores() {}

  /** A service and the data store it runs, such as {@code PostgreSQL}. */
  record Store(Service service, String product) {}

  static List<Store> of(ComposeFile file) {
    List<Store> stores = new ArrayList<>();
    for (Service service : file.services()) {
      service
          .imageRef()
          .flatMap(DataStoreImages::product)
          .ifPresent(product -> stores.add(new Store(service, product)));
    }
    return stores;
  }
}
