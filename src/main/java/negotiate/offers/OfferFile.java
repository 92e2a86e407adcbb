package negotiate.offers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import negotiate.comp.Offer;
import negotiate.input.Diagnostic;
import negotiate.input.DidYouMean;
import negotiate.input.InputException;
import negotiate.input.TextFile;
import negotiate.input.YamlTree;
import negotiate.money.Currencies;
import negotiate.money.Rate;
import negotiate.money.RatesFile;

/** Reads an offer file (YAML or JSON): `currency`, `rates`, `offers:` (or a single offer at the top). */
public final class OfferFile {
    private OfferFile() {
    }

    static final List<String> TOP = List.of("currency", "rates", "offers");
    static final List<String> OFFER = List.of("name", "base", "bonus", "signing", "equity", "refresh", "raise",
            "currency", "company", "guide", "region");
    static final List<String> EQUITY = List.of("grant", "per_year", "years", "vesting", "first_year", "type", "risk",
            "shares", "strike", "price");
    static final List<String> REFRESH = List.of("grant", "from_year", "years");

    public static OfferSet read(Path path, String shown) {
        String text;
        try {
            text = TextFile.read(path, shown);
        } catch (TextFile.ReadFailure e) {
            throw InputException.data(e.plain());
        }
        return parse(shown, text);
    }

    public static OfferSet parse(String file, String text) {
        YamlTree.Node root;
        boolean json = file.toLowerCase(Locale.ROOT).endsWith(".json") || text.stripLeading().startsWith("{");
        try {
            root = json ? YamlTree.parseJson(text) : YamlTree.parseYaml(text);
        } catch (YamlTree.ParseError e) {
            throw InputException.data(Diagnostic.error(file, e.line(), e.column(), json ? "json" : "yaml", e.getMessage()));
        }
        if (!(root instanceof YamlTree.MapNode top)) {
            throw err(file, root, "an offer file is a mapping with offers: (a list of offers)");
        }
        boolean single = top.get("offers") == null && (top.get("base") != null || top.get("name") != null);
        List<String> allowed = single ? union(OFFER, List.of("rates")) : TOP;
        checkKeys(file, top, allowed, "");
        Currency fileCurrency = null;
        YamlTree.Field cf = top.get("currency");
        if (cf != null && !single) {
            fileCurrency = Currencies.iso(scalar(file, cf).toUpperCase(Locale.ROOT));
            if (fileCurrency == null) {
                throw err(file, cf, "currency '" + scalar(file, cf) + "' is not an ISO 4217 code (USD, EUR, GBP, CHF, …)");
            }
        }
        List<Rate> rates = new ArrayList<>();
        YamlTree.Field rf = top.get("rates");
        if (rf != null) {
            if (rf.value() instanceof YamlTree.MapNode rm && rm.get("rates") != null) {
                rates.addAll(RatesFile.fromBlock(rm, file, "offer file " + file));
            } else {
                rates.addAll(RatesFile.pairs(rf, file, null, "offer file " + file));
            }
        }
        List<Offer> offers = new ArrayList<>();
        if (single) {
            offers.add(offer(file, top, null, true));
        } else {
            YamlTree.Field of = top.get("offers");
            if (of == null || !(of.value() instanceof YamlTree.ListNode list) || list.items().isEmpty()) {
                throw err(file, of == null ? top : of.value(), "no offers: add offers: with a list of offers (- name: …, base: …)");
            }
            Set<String> names = new HashSet<>();
            for (YamlTree.Node n : list.items()) {
                if (!(n instanceof YamlTree.MapNode m)) {
                    throw err(file, n, "each offer is a mapping (- name: …, base: …)");
                }
                Offer o = offer(file, m, fileCurrency, false);
                if (!names.add(o.name().toLowerCase(Locale.ROOT))) {
                    throw err(file, m.get("name"), "two offers are named '" + o.name() + "': give each a different name");
                }
                offers.add(o);
            }
        }
        return new OfferSet(fileCurrency, List.copyOf(rates), List.copyOf(offers));
    }

    private static Offer offer(String file, YamlTree.MapNode m, Currency fileCurrency, boolean topLevel) {
        checkKeys(file, m, topLevel ? union(OFFER, List.of("rates")) : OFFER, "");
        YamlTree.Field nf = m.get("name");
        String name = nf == null ? null : scalar(file, nf);
        if (name == null || name.isBlank()) {
            throw err(file, nf == null ? m : nf.value(), "offer has no name: add name: (e.g. name: Acme L5)");
        }
        FlatOffer flat = new FlatOffer(name.strip(), m.line());
        for (YamlTree.Field f : m.fields().values()) {
            switch (f.key()) {
                case "name", "rates" -> {
                }
                case "equity" -> nested(file, flat, f, "equity", EQUITY, "grant");
                case "refresh" -> nested(file, flat, f, "refresh", REFRESH, "grant");
                case "signing" -> put(file, flat, "signing", f, true);
                default -> put(file, flat, f.key(), f, false);
            }
        }
        return OfferBuilder.build(flat, fileCurrency, file + ":" + m.line(), (where, key, message) -> {
            int line = where == null ? m.line() : where.line();
            int col = where == null ? m.column() : where.column();
            return InputException.data(Diagnostic.error(file, line, col, "offer", "offer '" + flat.name + "', " + key + ": " + message));
        });
    }

    private static void nested(String file, FlatOffer flat, YamlTree.Field f, String prefix, List<String> keys, String scalarKey) {
        if (f.value() instanceof YamlTree.MapNode m) {
            checkKeys(file, m, keys, prefix + ".");
            for (YamlTree.Field g : m.fields().values()) {
                put(file, flat, prefix + "." + g.key(), g, g.key().equals("vesting"));
            }
        } else {
            put(file, flat, prefix + "." + scalarKey, f, false);
        }
    }

    private static void put(String file, FlatOffer flat, String key, YamlTree.Field f, boolean listAllowed) {
        YamlTree.Node v = f.value();
        if (v instanceof YamlTree.Scalar s) {
            if (s.isNull()) {
                throw err(file, f, "'" + f.key() + "' has no value: give one or remove the key");
            }
            flat.fields.put(key, new FlatOffer.Val(s.text(), null, v.line(), v.column()));
        } else if (v instanceof YamlTree.ListNode l && listAllowed) {
            List<String> items = new ArrayList<>();
            for (YamlTree.Node n : l.items()) {
                if (!(n instanceof YamlTree.Scalar s) || s.isNull()) {
                    throw err(file, n, "'" + f.key() + "' must be a list of plain values");
                }
                items.add(s.text());
            }
            if (items.isEmpty()) {
                throw err(file, f, "'" + f.key() + "' is an empty list");
            }
            flat.fields.put(key, new FlatOffer.Val(null, items, v.line(), v.column()));
        } else {
            throw err(file, f, "'" + f.key() + "' must be a single value" + (listAllowed ? " or a list" : ""));
        }
    }

    private static void checkKeys(String file, YamlTree.MapNode m, List<String> allowed, String prefix) {
        for (YamlTree.Field f : m.fields().values()) {
            if (!allowed.contains(f.key())) {
                throw InputException.data(Diagnostic.error(file, f.line(), f.column(), "offer",
                        DidYouMean.unknownKey(prefix + f.key(), allowed.stream().map(k -> prefix + k).toList())));
            }
        }
    }

    private static String scalar(String file, YamlTree.Field f) {
        if (f.value() instanceof YamlTree.Scalar s && !s.isNull()) {
            return s.text();
        }
        throw err(file, f, "'" + f.key() + "' must be a single value");
    }

    private static List<String> union(List<String> a, List<String> b) {
        List<String> r = new ArrayList<>(a);
        r.addAll(b);
        return r;
    }

    private static InputException err(String file, YamlTree.Field f, String message) {
        return InputException.data(Diagnostic.error(file, f.line(), f.column(), "offer", message));
    }

    private static InputException err(String file, YamlTree.Node n, String message) {
        return InputException.data(Diagnostic.error(file, n.line(), n.column(), "offer", message));
    }
}
