package negotiate.counter;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import negotiate.guide.Levels;
import negotiate.money.Currencies;

/**
 * Keeps a counter-offer script honest: guide sentences that carry a money figure or name a company
 * the user did not give are dropped, so that only the user's own numbers and offers appear.
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
            "Levels.fyi", "Glassdoor", "Crunchbase", "Carta");

    /** An amount in any spelling the money reader takes: a symbol or ISO code before or after the figure. */
    private static final Pattern MONEY = Pattern.compile(
            "(?:" + Currencies.SYMBOL_PATTERN + ")\\s?\\d|\\b[A-Z]{3}\\s?\\d"
                    + "|\\d[\\d,.'’\\u00a0\\u202f\\u2009 ]*\\s?(?:[KMBkmb]|bn|mn|L|Cr)?\\s?(?:[A-Z]{3}\\b|" + Currencies.SYMBOL_PATTERN + ")");
    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])[\"”]?\\s+(?=[\"“]?[A-Z\\[(])");

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
        return MONEY.matcher(s).find();
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
        return !hasMoney(sentence) && foreignCompany(sentence) == null;
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
