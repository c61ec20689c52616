package id.rentan.funding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * F-01: where money comes from (APBD, DBHCHT, provincial APBD, others an administrator adds). When several sources
 * could pay for a participant, the lower priority pays first.
 */
@Entity
@Table(name = "funding_source", schema = "funding")
public class FundingSource {

    @Id
    @Column(name = "code", length = 20)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "priority", nullable = false)
    private int priority;

    @Column(name = "active", nullable = false)
    private boolean active;

    protected FundingSource() {
        // for JPA
    }

    public FundingSource(String code, String name, int priority) {
        this.code = code;
        this.name = name;
        this.priority = priority;
        this.active = true;
    }

    public void change(String name, int priority, boolean active) {
        this.name = name;
        this.priority = priority;
        this.active = active;
    }

    public String code() { return code; }
    public String name() { return name; }
    public int priority() { return priority; }
    public boolean active() { return active; }
}
