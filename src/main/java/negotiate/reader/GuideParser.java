package negotiate.reader;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import negotiate.guide.Band;
import negotiate.guide.Guide;
import negotiate.guide.ParsedFile;
import negotiate.guide.Report;
import negotiate.guide.Slug;
import negotiate.input.Diagnostic;
import negotiate.input.YamlTree;
import negotiate.markdown.Block;
import negotiate.markdown.MarkdownReader;
import negotiate.markdown.SourceLines;

/**
 * Reads one seeds file (already decoded text) into a guide, a report, or an unknown file, collecting
 * every problem as a diagnostic instead of stopping at the first.
 */
public final class GuideParser {
    private GuideParser() {
    }

    // \s as Unicode has it: exporters write no-break and thin spaces (&nbsp;) between the words
    private static final Pattern GUIDE_TITLE = Pattern.compile(
            "^(.+?)\\s*\\|\\s*(.+?)\\s+(?:Global\\s+)?Negotiation\\s+Guide\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern REPORT_TITLE = Pattern.compile(
            "^(.+?)\\s+(?:—|–|-{1,2}|:)\\s+Deep\\s+Research\\s+Report\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    public static ParsedFile parse(String file, String text) {
        List<Diagnostic> out = new ArrayList<>();
        List<String> lines = Arrays.asList(text.split("\n", -1));
        int bodyFrom = 0;
        FrontMatter fm = null;
        boolean fmHasCompensation = false;
        if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
            int close = -1;
            for (int i = 1; i < lines.size(); i++) {
                String s = lines.get(i).strip();
                if (s.equals("---") || s.equals("...")) {
                    close = i;
                    break;
                }
            }
            if (close < 0) {
                out.add(Diagnostic.error(file, 1, 1, "yaml",
                        "front matter opened by '---' on line 1 is never closed: add a line '---' after the last key"));
                fmHasCompensation = text.contains("\ncompensation:");
                bodyFrom = 1;
            } else {
                String yaml = String.join("\n", lines.subList(1, close));
                try {
                    YamlTree.Node root = YamlTree.parseYaml(yaml);
                    if (root instanceof YamlTree.MapNode m) {
                        fm = new FrontMatter(file, m, 1, out);
                        fmHasCompensation = fm.has("compensation");
                    } else {
                        out.add(Diagnostic.error(file, 2, 1, "yaml", "front matter must be keys and values (company: …, compensation: …)"));
                    }
                } catch (YamlTree.ParseError e) {
                    out.add(Diagnostic.error(file, e.line() + 1, e.column(), "yaml", "front matter: " + e.getMessage()));
                    fmHasCompensation = yaml.contains("compensation:");
                }
                bodyFrom = close + 1;
            }
        }
        int bodyOffset = 0;
        for (int i = 0; i < bodyFrom && i < lines.size(); i++) {
            bodyOffset += lines.get(i).length() + 1;
        }
        SourceLines at = new SourceLines(text);
        List<Block> blocks = List.of();
        try {
            blocks = MarkdownReader.read(text, Math.min(bodyOffset, text.length()));
        } catch (MarkdownReader.Unreadable e) {
            // the body could not be read at all: that error alone (what kind of file it is cannot be told)
            out.add(Diagnostic.error(file, bodyFrom + e.line(), 1, "unreadable", e.getMessage()));
            return new ParsedFile(file, ParsedFile.Kind.UNKNOWN, null, null, List.copyOf(out));
        }
        String title = null;
        int titleLine = 0;
        for (Block b : blocks) {
            if (b instanceof Block.Heading h) {
                title = h.text().text();
                titleLine = at.line(h.offset());
                break;
            }
        }
        Matcher gt = title == null ? null : GUIDE_TITLE.matcher(title);
        boolean guideTitle = gt != null && gt.matches();
        if (fmHasCompensation || guideTitle) {
            return guide(file, blocks, at, fm, guideTitle ? gt : null, titleLine, out);
        }
        Matcher rt = title == null ? null : REPORT_TITLE.matcher(title);
        if (rt != null && rt.matches()) {
            String company = rt.group(1).replace("#", "").strip();
            Report r = ReportParser.parse(file, company, titleLine, blocks, at, out);
            return new ParsedFile(file, ParsedFile.Kind.REPORT, null, r, List.copyOf(out));
        }
        out.add(Diagnostic.warning(file, Math.max(1, titleLine), 1, "not-a-guide",
                "not a negotiation guide or company report (no '### ROLE | COMPANY Global Negotiation Guide' title, no compensation:); skipped"));
        return new ParsedFile(file, ParsedFile.Kind.UNKNOWN, null, null, List.copyOf(out));
    }

    private static ParsedFile guide(String file, List<Block> blocks, SourceLines at, FrontMatter fm, Matcher title,
                                    int titleLine, List<Diagnostic> out) {
        String roleName = title != null ? title.group(1).replace("#", "").strip() : null;
        String companyName = title != null ? title.group(2).strip() : null;
        String companySlug = null;
        String roleSlug = null;
        String lastUpdated = null;
        String quality = null;
        LocalDate due = null;
        int dueLine = 0;
        String levelMapping = null;
        List<String> sources = List.of();
        if (fm != null) {
            // ids are slugs whatever the front matter says ("../../etc" is no id to look up or show)
            companySlug = fm.text("company") == null ? null : Slug.of(fm.text("company"));
            roleSlug = fm.text("role") == null ? null : Slug.of(fm.text("role"));
            // as written, the name to show when nothing else names them
            companyName = companyName != null ? companyName : fm.text("company");
            roleName = roleName != null ? roleName : fm.text("role");
            if (fm.text("company_display") != null) {
                companyName = fm.text("company_display");
            }
            if (fm.text("role_display") != null) {
                roleName = fm.text("role_display");
            }
            lastUpdated = fm.text("last_updated");
            quality = fm.text("data_quality");
            String d = fm.text("next_review_due");
            if (d != null) {
                dueLine = fm.line("next_review_due");
                try {
                    due = LocalDate.parse(d);
                } catch (DateTimeParseException e) {
                    out.add(Diagnostic.error(file, dueLine, 1, "yaml", "next_review_due '" + d + "' is not a date: write YYYY-MM-DD"));
                }
            }
            levelMapping = fm.levelMapping();
            sources = fm.list("data_sources");
        }
        if (companyName == null) {
            companyName = companySlug;
        }
        if (roleName == null) {
            roleName = roleSlug;
        }
        if (companySlug == null && companyName != null) {
            companySlug = Slug.of(companyName);
        }
        if (roleSlug == null && roleName != null) {
            roleSlug = Slug.of(roleName);
        }
        boolean earlier = out.stream().anyMatch(d -> d.severity() == negotiate.input.Severity.ERROR);
        if (companySlug == null || roleSlug == null || companySlug.isEmpty() || roleSlug.isEmpty()) {
            if (!earlier) {
                // a name with no letter or digit ("🚀") is there but makes no id: say which, not "add a title"
                String named = companyName != null && (companySlug == null || companySlug.isEmpty()) ? "company '" + companyName + "'"
                        : roleName != null && (roleSlug == null || roleSlug.isEmpty()) ? "role '" + roleName + "'" : null;
                out.add(Diagnostic.error(file, Math.max(1, titleLine), 1, "yaml", named != null
                        ? "the " + named + " has no letter or digit to make an id of: add company: and role: to the front matter"
                        : "cannot tell the company and role: add company: and role: to the front matter or a '### ROLE | COMPANY"
                        + " Global Negotiation Guide' title"));
            }
            companySlug = companySlug == null || companySlug.isEmpty() ? "unknown" : companySlug;
            roleSlug = roleSlug == null || roleSlug.isEmpty() ? Slug.of(file) : roleSlug;
            companyName = companyName == null ? companySlug : companyName;
            roleName = roleName == null ? roleSlug : roleName;
        }
        GuideBody body = GuideBody.read(blocks, at);
        if (levelMapping == null) {
            levelMapping = body.levelMapping;
        }
        List<Band> bands = BandMerge.bands(file, blocks, at, fm, out);
        if (bands.isEmpty() && out.stream().noneMatch(d -> d.severity() == negotiate.input.Severity.ERROR)) {
            out.add(Diagnostic.error(file, Math.max(1, titleLine), 1, "no-bands",
                    "this guide has no salary band: add a | Region | Base Salary | … | table or a compensation: list"));
        }
        out.addAll(ProseAudit.audit(file, blocks, at));
        Guide g = new Guide(companySlug + "/" + roleSlug, companyName, roleName, file, Math.max(1, titleLine),
                lastUpdated, quality, due, dueLine, levelMapping, List.copyOf(sources), List.copyOf(bands),
                body.premiums(), List.copyOf(body.levers), body.strategy, body.placeholders(),
                List.copyOf(body.evidence), List.copyOf(body.dna));
        return new ParsedFile(file, ParsedFile.Kind.GUIDE, g, null, List.copyOf(out));
    }
}
