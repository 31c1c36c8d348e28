package dev.rampart;

/** Told how far a scan has come, for progress bars. Called from several threads. */
public interface ScanProgress {
  ScanProgress NONE =
      new ScanProgress() {
        @Override
        public void found(long files) {}

        @Override
        public void checked(long files) {}
      };

  /** The walk has found {@code files} files so far. */
  void found(long files);

  /** {@code files} files have been checked so far. */
  void checked(long files);

  /** {@code progress}, counting on from {@code files} already found and checked. */
  static ScanProgress after(ScanProgress progress, long files) {
    return new ScanProgress() {
      @Override
      public void found(long more) {
        progress.found(files + more);
      }

      @Override
      public void checked(long more) {
        progress.checked(files + more);
      }
    };
  }
}
