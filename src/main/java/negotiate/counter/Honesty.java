package negotiate.counter;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import negotiate.guide.Levels;
import negotiate.guide.Regions;
import negotiate.money.Currencies;

/**
 * Keeps a counter-offer script honest (§3): a guide sentence is kept only when it speaks of the role,
 * the team or the market in the third person — never a first-person claim put in the candidate's
 * mouth, a money figure, a company the user did not give, or a region other than the one countered.
 */
public final class Honesty {
    /** Companies guides commonly name (competitors, investors, level-mapping peers). */
    static final List<String> KNOWN = List.of(
            "Google", "Alphabet", "DeepMind", "Meta", "Facebook", "Instagram", "WhatsApp", "Anthropic", "OpenAI", "Mistral",
            "Microsoft", "Azure", "Amazon", "AWS", "Apple", "Netflix", "Nvidia", "NVIDIA", "Databricks", "Snowflake",
            "GitHub", "GitLab", "Uber", "Lyft", "Spotify", "Stripe", "Airbnb", "Salesforce", "Oracle", "IBM", "Intel",
            "AMD", "Qualcomm", "Cohere", "xAI", "Scale AI", "Hugging Face", "Anyscale", "Weights & Biases", "W&B",
            "CoreWeave", "Cloudflare", "Replicate", "Sequoia", "Coatue", "Tesla", "SpaceX", "LinkedIn", "Twitter",
            "Pinterest", "Shopify", "Atlassian", "Adobe", "Datadog", "Confluent", "MongoDB", "Elastic", "Figma", "Notion",
            "Canva", "Revolut", "Monzo", "Palantir", "ByteDance", "TikTok", "Alibaba", "Tencent", "Baidu", "Samsung",
            "Perplexity", "Character.AI", "Inflection", "Runway", "Midjourney", "Stability AI", "Jane Street", "Citadel",
            "Two Sigma", "Goldman Sachs", "JPMorgan", "Bloomberg", "Dropbox", "Slack", "Zoom", "Twilio", "Okta",
            "Cisco", "VMware", "SAP", "Workday", "ServiceNow", "Intuit", "PayPal", "Block", "Square", "Coinbase",
            "Robinhood", "DoorDash", "Instacart", "Snap", "Reddit", "Discord", "Vercel", "Netlify", "HashiCorp",
            "Grafana", "Sentry", "Supabase", "PlanetScale", "Cerebras", "Groq", "SambaNova", "Graphcore", "Arm",
            "Levels.fyi", "Glassdoor", "Crunchbase", "Carta",
            // fintech and the wider European and Asian employers engineers weigh offers from
            "Wise", "Adyen", "Klarna", "N26", "Plaid", "Brex", "Ramp", "Chime", "SoFi", "Affirm", "Checkout.com", "Starling",
            "Nubank", "Mollie", "Marqeta", "Rippling", "Gusto", "Deel", "Zalando", "Delivery Hero", "Booking.com", "Bolt",
            "Grab", "Shopee", "Rakuten", "Mercado Libre", "Flipkart", "Infosys", "Wipro", "Accenture", "Deloitte", "McKinsey",
            "Skyscanner", "Ocado", "Deliveroo", "Just Eat", "Criteo", "Doctolib", "BlaBlaCar", "Qonto",
            "Celonis", "Personio", "Trade Republic", "SumUp", "GoCardless", "Monday.com", "Wix", "Mobileye",
            "Canonical", "JetBrains", "Yandex", "Sea Limited", "Airwallex", "Xero", "Afterpay", "Binance", "Kraken",
            "Optiver", "IMC", "Hudson River Trading", "Jump Trading", "DE Shaw", "D. E. Shaw", "Millennium", "Point72",
            "Bridgewater", "Morgan Stanley", "Barclays", "HSBC", "UBS", "BlackRock", "Visa", "Mastercard", "American Express");

    /**
     * A figure with whatever may stand around it in any spelling §1 reads: a currency symbol or code
     * before or after, grouping with commas, dots, apostrophes or spaces, and a multiplier (K, M, bn,
     * mn, lakh, crore, Mio). Each candidate is then judged by the money reader and the ISO currency
     * list, not by a list of our own.
     */
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<pre>" + Currencies.SYMBOL_PATTERN + "|\\b[A-Za-z]{2,3}\\.?)?\\s?(?<num>\\d[\\d,.'’\\u00a0\\u202f\\u2009 ]*)"
                    + "\\s?(?<mul>[KMBkmb]\\b|bn\\b|mn\\b|L\\b|Cr\\b|lakhs?\\b|crores?\\b|Mio\\.?|million\\b|billion\\b)?"
                    + "\\s?(?<post>" + Currencies.SYMBOL_PATTERN + "|\\b[A-Z]{3}\\b)?");
    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])[\"”]?\\s+(?=[\"“]?[A-Z\\[(])");

    /**
     * First person, singular or plural: "I build…", "my expertise", "we ship", "our team". "I" and
     * "us" are matched as written so that "I/O" and "US" (the country) are not taken for them.
     */
    private static final Pattern FIRST_PERSON = Pattern.compile(
            "(?<![\\w/-])I(?=['’\\s,;:!?)]|$)|(?<![\\w/-])us\\b|\\b(?i:me|my|mine|myself|we|we're|we’re|we've|we’ve|we'll|we’ll"
                    + "|we'd|we’d|our|ours|ourselves)\\b");

    /**
     * The guide speaking to its reader or of the candidate ("you're getting a proven leader", "the
     * candidate's portfolio"): advice to the user, not a reason to send. "The candidate pool is thin"
     * is the market, which a reason may speak of.
     */
    private static final Pattern SECOND_PERSON = Pattern.compile(
            "\\b(?i:you|your|yours|yourself|you're|you’re|you've|you’ve|you'll|you’ll|you'd|you’d|candidate's|candidate’s"
            + "|candidates?(?!\\s+(?:pools?|markets?|supply|shortages?|pipelines?|flows?)\\b))\\b");

    private final Set<String> companies = new LinkedHashSet<>();
    private final Set<String> allowed = new LinkedHashSet<>();
    /** The companies not allowed, as one pattern (longest names first), built once per script. */
    private final Pattern foreign;

    /**
     * @param guideCompany the guide's company (always allowed, with its initials)
     * @param userGiven    names and companies the user typed (competing offers, the offer's company)
     * @param more         further company names known from the loaded guides and reports
     */
    public Honesty(String guideCompany, List<String> userGiven, List<String> more) {
        this(guideCompany, userGiven, more, null, List.of());
    }

    /**
     * @param region  the region countered (it and its aliases are allowed); null allows none specially
     * @param regions every region of the loaded guides: a sentence naming another one is dropped
     */
    public Honesty(String guideCompany, List<String> userGiven, List<String> more, String region, List<String> regions) {
        companies.addAll(KNOWN);
        companies.addAll(more);
        allow(guideCompany);
        allowed.add(initials(guideCompany));
        for (String u : userGiven) {
            allow(u);
        }
        List<String> names = new ArrayList<>();
        for (String c : companies) {
            if (!allowed.contains(c)) {
                names.add(Pattern.quote(c));
            }
        }
        names.sort(java.util.Comparator.comparingInt(String::length).reversed());
        foreign = names.isEmpty() ? null : Pattern.compile("(?<![\\w&])(?:" + String.join("|", names) + ")(?![\\w&])");
        List<String> places = new ArrayList<>(regions);
        if (region != null) {
            places.addAll(HUBS); // a script for Zurich names no other city, whether or not a loaded guide has it
        }
        otherRegions = regionPattern(region, places);
    }

    private final Pattern otherRegions;

    /** The cities tech offers come from, beyond the loaded guides' regions (with §1's aliases: NYC, SF, Bay Area). */
    static final List<String> HUBS = List.of("London", "Paris", "Berlin", "Munich", "Hamburg", "Amsterdam", "Dublin", "Zurich",
            "Geneva", "Stockholm", "Copenhagen", "Oslo", "Helsinki", "Madrid", "Barcelona", "Lisbon", "Warsaw", "Prague",
            "Vienna", "Milan", "Brussels", "Tel Aviv", "New York", "San Francisco", "Silicon Valley", "Seattle", "Austin",
            "Boston", "Chicago", "Los Angeles", "Denver", "Atlanta", "Toronto", "Vancouver", "Montreal", "Singapore",
            "Hong Kong", "Tokyo", "Seoul", "Sydney", "Melbourne", "Bangalore", "Bengaluru", "Hyderabad", "Mumbai", "Delhi",
            "Pune", "Shanghai", "Beijing", "Shenzhen", "São Paulo", "Mexico City", "Dubai", "Cape Town", "Lagos", "Nairobi");

    /**
     * The regions other than `region`, with their aliases, as one pattern: names of four letters or
     * more match in any case, shorter ones (NYC, SF) only as written in capitals.
     */
    private static Pattern regionPattern(String region, List<String> regions) {
        Set<String> names = new LinkedHashSet<>();
        for (String r : regions) {
            if (region == null || !Regions.same(r, region)) {
                names.add(r.replace("*", "").strip());
            }
        }
        for (java.util.Map.Entry<String, String> e : Regions.aliases().entrySet()) {
            boolean other = region == null || !Regions.key(region).equals(e.getValue());
            boolean known = false;
            for (String r : regions) {
                known |= Regions.key(r).equals(e.getValue());
            }
            if (other && (known || region != null)) {
                names.add(e.getKey().length() <= 3 ? e.getKey().toUpperCase(Locale.ROOT) : e.getKey());
            }
        }
        List<String> parts = new ArrayList<>();
        for (String n : names) {
            if (n.isBlank()) {
                continue;
            }
            parts.add(n.length() <= 3 ? Pattern.quote(n) : "(?i:" + Pattern.quote(n) + ")");
        }
        parts.sort(java.util.Comparator.comparingInt(String::length).reversed());
        return parts.isEmpty() ? null : Pattern.compile("(?<![\\w])(?:" + String.join("|", parts) + ")(?![\\w])");
    }

    /** The first region other than the one countered that the text names, or null. */
    public String otherRegion(String text) {
        if (otherRegions == null) {
            return null;
        }
        Matcher m = otherRegions.matcher(text);
        return m.find() ? m.group() : null;
    }

    public static boolean firstPerson(String s) {
        return FIRST_PERSON.matcher(s).find();
    }

    private void allow(String text) {
        if (text == null) {
            return;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        allowed.add(text);
        for (String c : companies) {
            String cl = c.toLowerCase(Locale.ROOT);
            if (lower.contains(cl) || cl.contains(lower) && lower.length() >= 3) {
                allowed.add(c);
            }
        }
    }

    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.replace("&", " & ").split("\\s+")) {
            if (!w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || w.equals("&"))) {
                b.append(w.charAt(0));
            }
        }
        return b.length() >= 2 ? b.toString() : name;
    }

    public static boolean hasMoney(String s) {
        Matcher m = CANDIDATE.matcher(s);
        while (m.find()) {
            String pre = m.group("pre");
            String post = m.group("post");
            String mul = m.group("mul");
            if (pre == null && post == null && (mul == null || !mul.toLowerCase(Locale.ROOT).matches("lakhs?|crores?"))) {
                continue; // a bare figure: a count, a percent, a year (lakh and crore are Indian amounts by themselves)
            }
            if (currency(pre) || currency(post) || mul != null && mul.toLowerCase(Locale.ROOT).matches("lakhs?|crores?")) {
                return true;
            }
            try {
                // anything else the money reader takes as an amount with a currency is money too
                if (negotiate.money.MoneyParser.parseAmount(m.group().strip()).currency() != null) {
                    return true;
                }
            } catch (negotiate.money.AmountException e) {
                // not an amount
            }
        }
        return false;
    }

    /** A currency symbol, an ISO 4217 code the JDK knows, or the rupee's "Rs". */
    private static boolean currency(String text) {
        if (text == null) {
            return false;
        }
        String t = text.strip().replace(".", "");
        return t.matches(Currencies.SYMBOL_PATTERN) || t.equalsIgnoreCase("rs") || t.length() == 3 && t.equals(t.toUpperCase(Locale.ROOT))
                && Currencies.named(t) != null || t.equalsIgnoreCase("kr");
    }

    /** The first company the sentence names that the user did not give, or null. */
    public String foreignCompany(String s) {
        if (foreign == null) {
            return null;
        }
        Matcher m = foreign.matcher(s);
        return m.find() ? m.group() : null;
    }

    public boolean keeps(String sentence) {
        return why(sentence) == null;
    }

    /** Why a guide sentence cannot go into the script, or null when it can. */
    public String why(String sentence) {
        if (firstPerson(sentence)) {
            return "first person";
        }
        if (SECOND_PERSON.matcher(sentence).find()) {
            return "speaks to or of the candidate";
        }
        if (hasMoney(sentence)) {
            return "a money figure";
        }
        String c = foreignCompany(sentence);
        if (c != null) {
            return "names " + c;
        }
        String r = otherRegion(sentence);
        return r == null ? null : "names another region, " + r;
    }

    /** Splits a lever's text into sentences, dropping surrounding quotes. */
    public static List<String> sentences(String text) {
        String t = text.strip().replace("**", "");
        if (t.startsWith("\"") || t.startsWith("“")) {
            t = t.substring(1);
        }
        if (t.endsWith("\"") || t.endsWith("”")) {
            t = t.substring(0, t.length() - 1);
        }
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE.split(t.strip())) {
            String x = s.strip();
            if (x.startsWith("\"") || x.startsWith("“")) {
                x = x.substring(1);
            }
            if (x.endsWith("\"") || x.endsWith("”")) {
                x = x.substring(0, x.length() - 1);
            }
            if (!x.isBlank()) {
                out.add(x.strip());
            }
        }
        return out;
    }
}
