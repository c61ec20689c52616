package id.rentan.participants.application;

/** Told how far a long import has come, so a screen can show a progress bar. */
@FunctionalInterface
public interface ImportProgress {

    /**
     * @param phase   {@code READ}, {@code CHECK}, {@code SAVE} or {@code DONE}
     * @param done    rows done in this phase
     * @param total   rows in the file
     */
    void update(String phase, int done, int total);

    ImportProgress NONE = (phase, done, total) -> { };
}
