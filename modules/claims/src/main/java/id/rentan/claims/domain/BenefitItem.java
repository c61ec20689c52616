package id.rentan.claims.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;

/**
 * One line of an expected benefit's breakdown (CL-02): what, how much, and which rule says so.
 */
@Embeddable
public class BenefitItem implements Serializable {

    @Column(name = "item", nullable = false, length = 60)
    private String item;

    @Column(name = "rule_id", nullable = false, length = 10)
    private String rule;

    @Column(name = "amount", nullable = false)
    private long amount;

    protected BenefitItem() {
    }

    public BenefitItem(String item, String rule, long amount) {
        this.item = item;
        this.rule = rule;
        this.amount = amount;
    }

    /** i18n key of the item, e.g. {@code benefit.JKM_LUMP_SUM}. */
    public String item() {
        return item;
    }

    public String rule() {
        return rule;
    }

    public long amount() {
        return amount;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BenefitItem b && b.item.equals(item) && b.rule.equals(rule) && b.amount == amount;
    }

    @Override
    public int hashCode() {
        return item.hashCode() * 31 + Long.hashCode(amount);
    }

    @Override
    public String toString() {
        return rule + " " + item + " " + amount;
    }
}
