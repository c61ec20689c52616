package id.rentan.claims.domain;

/**
 * CL-03: who inherits, in order: spouse and children; else parents, grandchildren, grandparents; else siblings and
 * parents-in-law; else the person named in a will. Heirs of the lowest group present are entitled.
 */
public enum HeirRelation {
    SPOUSE(1),
    CHILD(1),
    PARENT(2),
    GRANDCHILD(2),
    GRANDPARENT(2),
    SIBLING(3),
    PARENT_IN_LAW(3),
    NAMED_IN_WILL(4);

    private final int group;

    HeirRelation(int group) {
        this.group = group;
    }

    /** The CL-03 group: 1 comes first. */
    public int group() {
        return group;
    }

    public String labelKey() {
        return "claim.heir.relation." + name();
    }
}
