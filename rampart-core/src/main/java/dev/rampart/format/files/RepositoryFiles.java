package dev.rampart.format.files;

import dev.rampart.check.Recognizer;
import dev.rampart.parse.FileFacts;
import dev.rampart.parse.PathReader;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises the files whose mere presence in the repository matters, by name, and "parses" one
 * into its {@link RepositoryFile}. The content is never read.
 */
public final class RepositoryFiles implements Recognizer, PathReader<RepositoryFile> {
  // PKCS#12 and Java key stores: they bundle private keys with their certificates.
  private static final Pattern KEY_STORE = Pattern.compile(".*\\.(?:p12|pfx|jks|keystore)");

  /** True for the names that rules of this format look at. */
  public static boolean isKeyStore(String name) {
    return KEY_STORE.matcher(name.toLowerCase(Locale.ROOT)).matches();
  }

  @Override
  public ByName byName(String relativePath) {
    return isKeyStore(Recognizer.fileName(relativePath)) ? ByName.YES : ByName.NO;
  }

  @Override
  public boolean byContent(CharSequence text) {
    return false;
  }

  @Override
  public RepositoryFile read(FileFacts facts) {
    return new RepositoryFile(facts);
  }
}
