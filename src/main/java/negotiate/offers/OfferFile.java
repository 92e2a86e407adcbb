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

/**
 * Reads an offer file (YAML or JSON): `currency`, `rates`, `offers:` (or a single offer at the top).
 * Every problem of the file is collected and reported at once, in line order.
 */
public final class OfferFile {
    private final String file;
    private final List<Diagnostic> problems = new ArrayList<>();

    /** What an amount written without a currency is in, where the command gives one (counter: the band's). */
    private final Currency bareIn;

    private OfferFile(String file, Currency bareIn) {
        this.file = file;
        this.bareIn = bareIn;
    }

    /** The same where bare amounts are in `bareIn` when the file names no currency (null: they are errors). */
    public static OfferSet read(Path path, String shown, Currency bareIn) {
        String text;
        try {
            text = TextFile.read(path, shown);
        } catch (TextFile.ReadFailure e) {
            throw InputException.data(e.plain());
        }
        return parse(shown, text, bareIn);
    }

    public static OfferSet parse(String file, String text, Currency bareIn) {
        YamlTree.Node root;
        // a .json file is JSON (its strict checks apply); anything else is YAML, flow style ({offers: […]}) included:
        // text that looks like JSON but is not is read as the YAML it may be, and reported as JSON only if that fails too
        boolean json = file.toLowerCase(Locale.ROOT).endsWith(".json");
        try {
            root = json ? YamlTree.parseJson(text) : YamlTree.parseYaml(text);
        } catch (YamlTree.ParseError e) {
            throw InputException.data(Diagnostic.error(file, e.line(), e.column(), json ? "json" : "yaml", e.getMessage()));
        }
        if (!(root instanceof YamlTree.MapNode top)) {
            throw InputException.data(Diagnostic.error(file, root.line(), root.column(), "offer",
                    "an offer file is a mapping with offers: (a list of offers)"));
        }
        OfferFile reader = new OfferFile(file, bareIn);
        OfferSet set = reader.read(top);
        if (!reader.problems.isEmpty()) {
            throw InputException.data(reader.problems);
        }
        return set;
    }

    private OfferSet read(YamlTree.MapNode top) {
        boolean single = top.get("offers") == null && (top.get("base") != null || top.get("name") != null);
        Currency fileCurrency = single ? null : fileCurrency(top);
        List<Rate> rates = rates(top.get(OfferKey.RATES));
        List<Offer> offers = new ArrayList<>();
        if (single) {
            add(offers, offer(top, bareIn, true));
            return new OfferSet(null, List.copyOf(rates), List.copyOf(offers));
        }
        for (YamlTree.Field f : top.fields().values()) {
            if (!OfferKey.FILE.contains(f.key())) {
                unknown(f, "", OfferKey.FILE);
            }
        }
        YamlTree.Field of = top.get("offers");
        if (of == null || !(of.value() instanceof YamlTree.ListNode list) || list.items().isEmpty()) {
            problem(of == null ? top : of.value(), "no offers: add offers: with a list of offers (- name: …, base: …)");
            return new OfferSet(fileCurrency, List.copyOf(rates), List.of());
        }
        Set<String> names = new HashSet<>();
        for (YamlTree.Node n : list.items()) {
            if (!(n instanceof YamlTree.MapNode m)) {
                problem(n, "each offer is a mapping (- name: …, base: …)");
                continue;
            }
            String name = name(m);
            if (name != null && !names.add(name.toLowerCase(Locale.ROOT))) {
                problem(m.get("name"), "two offers are named '" + name + "': give each a different name");
            }
            add(offers, offer(m, fileCurrency != null ? fileCurrency : bareIn, false));
        }
        return new OfferSet(fileCurrency, List.copyOf(rates), List.copyOf(offers));
    }

    private static void add(List<Offer> offers, Offer o) {
        if (o != null) {
            offers.add(o);
        }
    }

    private Currency fileCurrency(YamlTree.MapNode top) {
        YamlTree.Field cf = top.get("currency");
        String code = cf == null ? null : scalar(cf);
        Currency c = Currencies.named(code);
        if (code != null && c == null) {
            problem(cf, Currencies.unknown(code.strip(), null));
        }
        return c;
    }

    private List<Rate> rates(YamlTree.Field rf) {
        if (rf == null) {
            return List.of();
        }
        try {
            if (rf.value() instanceof YamlTree.MapNode rm && rm.get("rates") != null) {
                return RatesFile.fromBlock(rm, file, "offer file " + file);
            }
            return RatesFile.pairs(rf, file, null, "offer file " + file);
        } catch (InputException e) {
            if (e.diagnostics().isEmpty()) {
                throw e;
            }
            problems.addAll(e.diagnostics());
            return List.of();
        }
    }

    /** One offer; null when it has problems (they are recorded). */
    private Offer offer(YamlTree.MapNode m, Currency fileCurrency, boolean topLevel) {
        unread.clear();
        String name = name(m);
        if (name == null) {
            problem(m.get("name") == null ? m : m.get("name").value(), "offer has no name: add name: (e.g. name: Acme L5)");
        }
        FlatOffer flat = new FlatOffer(name, m.line(), m.column());
        for (YamlTree.Field f : m.fields().values()) {
            OfferKey.Block block = OfferKey.Block.named(f.key());
            OfferKey key = OfferKey.inFile(null, f.key());
            if (block != null) {
                block(flat, f, block);
            } else if (key != null && key != OfferKey.NAME) {
                put(flat, key, f);
            } else if (key == null && !(topLevel && f.key().equals(OfferKey.RATES))) {
                List<String> known = OfferKey.fileNames(null);
                if (topLevel) {
                    known.add(OfferKey.RATES);
                }
                unknown(f, "", known);
            }
        }
        OfferBuilder.Result built = OfferBuilder.build(flat, fileCurrency, null, Syntax.FILE, file + ":" + m.line());
        String label = name == null ? "the offer at line " + m.line() : "offer '" + name + "'";
        for (OfferReading.Problem p : built.problems()) {
            if (p.where() == null && unread.contains(p.key())) {
                continue; // already said where it stands ("must be a single value"), not "missing"
            }
            int line = p.where() == null ? m.line() : p.where().line();
            int col = p.where() == null ? m.column() : p.where().column();
            problems.add(Diagnostic.error(file, line, col, "offer", label + ", " + Syntax.FILE.name(p.key()) + ": " + p.message()));
        }
        return name == null ? null : built.offer();
    }

    private String name(YamlTree.MapNode m) {
        YamlTree.Field nf = m.get("name");
        if (nf == null || !(nf.value() instanceof YamlTree.Scalar s) || s.isNull() || s.text().isBlank()) {
            return null;
        }
        return s.text().strip();
    }

    /** `equity: {grant: …, years: …}`, or a plain value standing for the block's plain key. */
    private void block(FlatOffer flat, YamlTree.Field f, OfferKey.Block block) {
        if (!(f.value() instanceof YamlTree.MapNode m)) {
            put(flat, block.plain(), f);
            return;
        }
        for (YamlTree.Field g : m.fields().values()) {
            OfferKey key = OfferKey.inFile(block, g.key());
            if (key == null) {
                unknown(g, block.name + ".", OfferKey.fileNames(block));
            } else {
                put(flat, key, g);
            }
        }
    }

    /** Keys of the offer being read that were present but could not be read: the builder must not call them missing. */
    private final Set<OfferKey> unread = new HashSet<>();

    private void put(FlatOffer flat, OfferKey key, YamlTree.Field f) {
        YamlTree.Node v = f.value();
        if (!(v instanceof YamlTree.Scalar s && !s.isNull()) && !(v instanceof YamlTree.ListNode && key.list)) {
            unread.add(key);
        }
        if (v instanceof YamlTree.Scalar s) {
            if (s.isNull()) {
                problem(f, "'" + f.key() + "' has no value: give one or remove the key");
            } else {
                flat.fields.put(key, new FlatOffer.Val(s.text(), null, v.line(), v.column()));
            }
        } else if (v instanceof YamlTree.ListNode l && key.list) {
            List<String> items = new ArrayList<>();
            for (YamlTree.Node n : l.items()) {
                if (!(n instanceof YamlTree.Scalar s) || s.isNull()) {
                    problem(n, "'" + f.key() + "' must be a list of plain values");
                    return;
                }
                items.add(s.text());
            }
            if (items.isEmpty()) {
                problem(f, "'" + f.key() + "' is an empty list");
            } else {
                flat.fields.put(key, new FlatOffer.Val(null, items, v.line(), v.column()));
            }
        } else {
            problem(f, "'" + f.key() + "' must be a single value" + (key.list ? " or a list" : ""));
        }
    }

    private void unknown(YamlTree.Field f, String prefix, List<String> known) {
        List<String> shown = new ArrayList<>();
        for (String k : known) {
            shown.add(prefix + k);
        }
        problem(f, DidYouMean.unknownKey(prefix + f.key(), shown));
    }

    private String scalar(YamlTree.Field f) {
        if (f.value() instanceof YamlTree.Scalar s && !s.isNull()) {
            return s.text();
        }
        problem(f, "'" + f.key() + "' must be a single value");
        return null;
    }

    private void problem(YamlTree.Field f, String message) {
        problems.add(Diagnostic.error(file, f.line(), f.column(), "offer", message));
    }

    private void problem(YamlTree.Node n, String message) {
        problems.add(Diagnostic.error(file, n.line(), n.column(), "offer", message));
    }
}
