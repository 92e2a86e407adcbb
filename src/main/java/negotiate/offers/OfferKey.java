package negotiate.offers;

import java.util.ArrayList;
import java.util.List;

/**
 * Every key an offer may have, declared once: where it sits in an offer file (at the offer's top
 * level, or inside its `equity:` or `refresh:` block), how an inline SPEC spells it (flattened:
 * `years` is `equity: {years}`, `refresh_years` is `refresh: {years}`; null where only the block's
 * shorthand gives it, as `equity=$300K/4y` gives the grant), and whether a list may stand for it.
 * Both readers, their "did you mean" and the builder's messages read this table, so a new key is
 * one line here (plus its typing in the builder).
 */
enum OfferKey {
    // (block, name in a file, name in a SPEC, whether a list may stand for it)
    NAME(null, "name", null, false),
    CURRENCY(null, "currency", "currency", false),
    BASE(null, "base", "base", false),
    BONUS(Block.BONUS, "value", null, false),
    BONUS_PAID(Block.BONUS, "paid", "bonus_paid", false),
    SIGNING(null, "signing", "signing", true),
    RAISE(null, "raise", "raise", false),
    COMPANY(null, "company", "company", false),
    GUIDE(null, "guide", "guide", false),
    REGION(null, "region", "region", false),
    BENEFITS(null, "benefits", "benefits", false),
    TAX(null, "tax", "tax", false),
    VALUATION(null, "valuation", "valuation", false),
    DILUTION(null, "dilution", "dilution", false),
    CLAWBACK_MONTHS(Block.CLAWBACK, "months", null, false),
    CLAWBACK_MODE(Block.CLAWBACK, "mode", null, false),
    EQUITY_GRANT(Block.EQUITY, "grant", null, false),
    EQUITY_PER_YEAR(Block.EQUITY, "per_year", null, false),
    EQUITY_YEARS(Block.EQUITY, "years", "years", false),
    EQUITY_VESTING(Block.EQUITY, "vesting", "vesting", true),
    EQUITY_FIRST_YEAR(Block.EQUITY, "first_year", "first_year", false),
    EQUITY_TYPE(Block.EQUITY, "type", "type", false),
    EQUITY_RISK(Block.EQUITY, "risk", "risk", false),
    EQUITY_SHARES(Block.EQUITY, "shares", "shares", false),
    EQUITY_STRIKE(Block.EQUITY, "strike", "strike", false),
    EQUITY_PRICE(Block.EQUITY, "price", "price", false),
    EQUITY_CLIFF(Block.EQUITY, "cliff", "cliff", false),
    EQUITY_FREQUENCY(Block.EQUITY, "frequency", "frequency", false),
    REFRESH_GRANT(Block.REFRESH, "grant", null, false),
    REFRESH_FROM_YEAR(Block.REFRESH, "from_year", "from_year", false),
    REFRESH_YEARS(Block.REFRESH, "years", "refresh_years", false),
    REFRESH_CLIFF(Block.REFRESH, "cliff", "refresh_cliff", false),
    REFRESH_FREQUENCY(Block.REFRESH, "frequency", "refresh_frequency", false),
    REFRESH_TYPE(Block.REFRESH, "type", "refresh_type", false),
    REFRESH_RISK(Block.REFRESH, "risk", "refresh_risk", false);

    /**
     * A nested mapping of an offer. A plain value written for the block (`equity: $200K`) stands
     * for its `plain` key; in a SPEC the block's name takes a shorthand (`equity=$115K/yr`).
     */
    enum Block {
        EQUITY("equity", "equity", "grant"), REFRESH("refresh", "refresh", "grant"), BONUS("bonus", "bonus", "value"),
        CLAWBACK("signing_clawback", "clawback", "months");

        final String name;
        /** How a SPEC names the block (its shorthand key). */
        final String spec;
        private final String plain;

        Block(String name, String spec, String plain) {
            this.name = name;
            this.spec = spec;
            this.plain = plain;
        }

        /** The block a SPEC's shorthand key names, or null. */
        static Block inSpec(String name) {
            for (Block b : values()) {
                if (b.spec.equals(name)) {
                    return b;
                }
            }
            return null;
        }

        OfferKey plain() {
            return inFile(this, plain);
        }

        static Block named(String name) {
            for (Block b : values()) {
                if (b.name.equals(name)) {
                    return b;
                }
            }
            return null;
        }
    }

    /** The keys of an offer file around its offers. */
    static final List<String> FILE = List.of("currency", "rates", "offers");
    /** What a file holding one offer at its top level may have besides the offer's keys. */
    static final String RATES = "rates";

    final Block block;
    final String name;
    final String spec;
    final boolean list;

    OfferKey(Block block, String name, String spec, boolean list) {
        this.block = block;
        this.name = name;
        this.spec = spec;
        this.list = list;
    }

    /** As a file reader names it in messages: `base`, `equity.years`; a block's plain key by the block (`bonus`). */
    String shown() {
        return block == null ? name : block.plain() == this ? block.name : block.name + "." + name;
    }

    /** The key written `name` in `block` (null: the offer's top level), or null when there is none. */
    static OfferKey inFile(Block block, String name) {
        for (OfferKey k : values()) {
            if (k.block == block && k.name.equals(name)) {
                return k;
            }
        }
        return null;
    }

    /** The names a file may use in `block` (null: the offer's top level, where the blocks' names go too). */
    static List<String> fileNames(Block block) {
        List<String> out = new ArrayList<>();
        for (OfferKey k : values()) {
            if (k.block == block) {
                out.add(k.name);
            }
        }
        if (block == null) {
            for (Block b : Block.values()) {
                out.add(b.name);
            }
        }
        return out;
    }

    /** The key a SPEC spells `name`, or null (a block's name is not a key: it takes the shorthand). */
    static OfferKey inSpec(String name) {
        for (OfferKey k : values()) {
            if (name.equals(k.spec)) {
                return k;
            }
        }
        return null;
    }

    /** Every name a SPEC may use, the blocks' shorthands included, sorted for "known keys are …". */
    static List<String> specNames() {
        List<String> out = new ArrayList<>();
        for (OfferKey k : values()) {
            if (k.spec != null) {
                out.add(k.spec);
            }
        }
        for (Block b : Block.values()) {
            out.add(b.spec);
        }
        out.sort(null);
        return out;
    }
}
