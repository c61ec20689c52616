package id.rentan.platform.api.error;

/** How serious a rule violation is: an ERROR refuses the input, a WARNING lets it through but is shown and kept. */
public enum Severity {
    ERROR,
    WARNING
}
