package dev.rampart.check;

import dev.rampart.model.Control;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The controls rules verify, read from the bundled {@code controls.yaml}. */
public final class ControlCatalog {
  private final Map<String, Control> controls;

  private ControlCatalog(Map<String, Control> controls) {
    this.controls = controls;
  }

  /** The catalog shipped with Rampart. */
  public static ControlCatalog builtIn() {
    try (InputStream in = ControlCatalog.class.getResourceAsStream("/dev/rampart/controls.yaml")) {
      if (in == null) {
        throw new IllegalStateException("controls.yaml is missing from the build");
      }
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a catalog in the format of {@code controls.yaml}. */
  public static ControlCatalog parse(InputStream in) {
    Object document = new Load(LoadSettings.builder().build()).loadFromInputStream(in);
    Map<String, Control> byId = new LinkedHashMap<>();
    if (document instanceof Map<?, ?> root && root.get("controls") instanceof List<?> list) {
      for (Object entry : list) {
        if (entry instanceof Map<?, ?> map) {
          Control control =
              new Control(
                  text(map.get("id")),
                  text(map.get("title")),
                  texts(map.get("seeds")),
                  texts(map.get("targets")),
                  text(map.get("verify")),
                  texts(map.get("refs")));
          byId.put(control.id(), control);
        }
      }
    }
    return new ControlCatalog(byId);
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  private static List<String> texts(Object value) {
    List<String> out = new ArrayList<>();
    if (value instanceof List<?> list) {
      list.forEach(v -> out.add(text(v)));
    }
    return out;
  }

  public Optional<Control> find(String id) {
    return Optional.ofNullable(controls.get(id));
  }

  public List<Control> all() {
    return List.copyOf(controls.values());
  }
}
