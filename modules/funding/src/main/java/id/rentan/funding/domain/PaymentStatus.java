package id.rentan.funding.domain;

/** F-05: recorded (SPP, SPM, SP2D), approved by someone else, paid (BPJS receipt), or reversed. */
public enum PaymentStatus {
    RECORDED,
    APPROVED,
    PAID,
    REVERSED
}
