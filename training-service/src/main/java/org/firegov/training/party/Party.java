package org.firegov.training.party;

/**
 * A party that organises or acts on campaigns: the brigade (code {@code brigade}), a department by its code, or a
 * town by its code. Commands carry the party that issued them, taken from the caller's token.
 */
public record Party(PartyType type, String code) {

    public static final Party BRIGADE = new Party(PartyType.BRIGADE, "brigade");

    public boolean isBrigade() {
        return type == PartyType.BRIGADE;
    }
}
