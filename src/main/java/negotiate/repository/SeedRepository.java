package negotiate.repository;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import negotiate.guide.ParsedFile;
import negotiate.input.Diagnostic;
import negotiate.input.InputException;
import negotiate.input.TextFile;
import negotiate.reader.GuideParser;

/**
 * The file-based repository of guides: finds the seeds directory (`--seeds`, `$NEGOTIATE_SEEDS`,
 * `./seeds`, else the copy bundled in the jar), reads every `.md`, `.markdown` and `.txt` file below
 * it, and parses each one. Problems are collected per file; duplicate ids are flagged across files.
 */
public final class SeedRepository {
    private SeedRepository() {
    }

    /** Where the seeds come from: an explicit directory, or null for the usual lookup order. */
    public static Seeds load(String explicitDir, Map<String, String> env) {
        if (explicitDir != null) {
            return loadDir(Path.of(explicitDir), explicitDir, "--seeds", env);
        }
        String fromEnv = env.get("NEGOTIATE_SEEDS");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return loadDir(Path.of(fromEnv), fromEnv, "NEGOTIATE_SEEDS", env);
        }
        if (Files.isDirectory(Path.of("seeds"))) {
            return loadDir(Path.of("seeds"), "seeds", "./seeds", env);
        }
        return loadBundled();
    }

    /** Loads explicit paths for `validate`: each a directory or a single file. */
    public static Seeds loadPaths(List<String> paths, Map<String, String> env) {
        List<SeedFile> all = new ArrayList<>();
        for (String p : paths) {
            Path path = Path.of(p);
            if (Files.isDirectory(path)) {
                all.addAll(loadDir(path, p, "path", env).entries());
            } else if (Files.exists(path)) {
                all.add(SeedFile.of(parseOne(path, p)));
            } else {
                throw InputException.data(p + ": no such file or directory: give a seeds directory or a guide file");
            }
        }
        return new Seeds(String.join(" ", paths), flagDuplicates(all));
    }

    /** How deep the walk of a seeds directory goes. */
    static final int MAX_DEPTH = 32;

    public static Seeds loadDir(Path dir, String shown, String how, Map<String, String> env) {
        if (!Files.exists(dir)) {
            throw InputException.data(shown + ": seeds directory does not exist (from " + how
                    + "): create it or point --seeds at your guides");
        }
        if (!Files.isDirectory(dir)) {
            throw InputException.data(shown + ": is a file, not a seeds directory (from " + how
                    + "): point --seeds at the directory holding your guides");
        }
        GuideCache.Opening opening = GuideCache.opening(env, dir.toAbsolutePath().normalize() + "|" + shown);
        boolean cached = opening.enabled();
        List<Found> found = new ArrayList<>();
        List<SeedFile> special = new ArrayList<>();
        String base = dir.toString();
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), MAX_DEPTH, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    if (!d.equals(dir) && hidden(d)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    String kernel = d.equals(dir) ? null : kernelTarget(d);
                    if (kernel != null) {
                        String name = display(base, shown, d);
                        special.add(SeedFile.of(new ParsedFile(name, ParsedFile.Kind.UNKNOWN, null, null, List.of(Diagnostic.warning(
                                name, 1, 1, "not-a-guide", "symlink into " + kernel + " skipped (never read there: a read can block)")))));
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    String fileName = f.getFileName().toString(); // once: each call makes a new Path and string
                    if (fileName.startsWith(".")) {
                        return FileVisitResult.CONTINUE;
                    }
                    String kernel = kernelTarget(f);
                    if (kernel != null) {
                        String name = display(base, shown, f);
                        special.add(SeedFile.of(new ParsedFile(name, ParsedFile.Kind.UNKNOWN, null, null, List.of(Diagnostic.warning(
                                name, 1, 1, "not-a-guide", "symlink into " + kernel + " skipped (never read there: a read can block)")))));
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isDirectory()) {
                        // the walk stops 32 levels down (a guard against runaway trees): what is deeper is said, not lost
                        String name = display(base, shown, f);
                        special.add(SeedFile.of(new ParsedFile(name, ParsedFile.Kind.UNKNOWN, null, null, List.of(Diagnostic.warning(
                                name, 1, 1, "not-a-guide", "directory " + MAX_DEPTH + " levels down skipped: nothing deeper is"
                                        + " read (move the guides up, or give this directory as a path of its own)")))));
                        return FileVisitResult.CONTINUE;
                    }
                    if (!attrs.isRegularFile()) {
                        String name = display(base, shown, f);
                        String target = dangling(f);
                        special.add(SeedFile.of(new ParsedFile(name, ParsedFile.Kind.UNKNOWN, null, null, List.of(Diagnostic.warning(
                                name, 1, 1, "not-a-guide", target != null ? "dangling symlink skipped (its target " + target
                                        + " does not exist)" : linkLoop(f) ? "symlink loop skipped"
                                        : "special file (FIFO, socket or device) skipped")))));
                        return FileVisitResult.CONTINUE;
                    }
                    if (isGuideName(fileName)) {
                        String rel = relative(base, f);
                        // the change time is part of a file's identity only for the cache: one more stat a file
                        // (about 25 ms for 10,000 files), not paid when there is no cache
                        found.add(new Found(f, rel, named(shown, rel), cached ? GuideCache.Stamp.of(f, attrs) : GuideCache.Stamp.of(attrs)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    String name = display(base, shown, f);
                    String dangling = dangling(f);
                    boolean loop = e instanceof FileSystemLoopException || linkLoop(f);
                    String why = loop ? "symlink loop skipped"
                            : dangling != null ? "dangling symlink skipped (its target " + dangling + " does not exist)"
                            : "cannot read: " + e.getMessage();
                    special.add(SeedFile.of(new ParsedFile(name, ParsedFile.Kind.UNKNOWN, null, null,
                            List.of(loop || dangling != null
                                    ? Diagnostic.warning(name, 1, 1, "not-a-guide", why)
                                    : Diagnostic.error(name, 1, 1, "unreadable", why)))));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw InputException.data(shown + ": cannot read the seeds directory: " + e.getMessage());
        }
        Collections.sort(found);
        GuideCache cache = opening.get();
        // Cached files first, in one pass; then the rest parsed, in parallel where it pays (a thread
        // pool and a lambda to link cost more than parsing a handful of files).
        SeedFile[] out = new SeedFile[found.size()];
        List<Integer> misses = new ArrayList<>();
        for (int k = 0; k < out.length; k++) {
            Found f = found.get(k);
            out[k] = cache == null ? null : cache.lookup(f.name, f.stamp, f.path);
            if (out[k] == null) {
                misses.add(k);
            }
        }
        if (misses.size() > 16) {
            misses.parallelStream().forEach(k -> out[k] = parse(found.get(k), cache, true));
        } else {
            for (int k : misses) {
                out[k] = parse(found.get(k), cache, false);
            }
        }
        if (cache != null) {
            cache.save();
        }
        List<SeedFile> parsed = new ArrayList<>(out.length + special.size());
        Collections.addAll(parsed, out);
        parsed.addAll(special);
        return new Seeds(shown, flagDuplicates(parsed));
    }

    /** A guide file found by the walk, named as the user will see it. */
    private static final class Found implements Comparable<Found> {
        final Path path;
        final String relative;
        final String name;
        final GuideCache.Stamp stamp;

        Found(Path path, String relative, String name, GuideCache.Stamp stamp) {
            this.path = path;
            this.relative = relative;
            this.name = name;
            this.stamp = stamp;
        }

        /** By path below the seeds directory (the same order as by name, with shorter strings to compare). */
        @Override
        public int compareTo(Found o) {
            return relative.compareTo(o.relative);
        }
    }

    /** One file parsed (kept encoded if `compact`: one of many), and cached unless unreadable. */
    private static SeedFile parse(Found f, GuideCache cache, boolean compact) {
        ParsedFile parsed = parseOne(f.path, f.name);
        SeedFile p = compact ? SeedFile.compact(parsed, f.path) : SeedFile.of(parsed);
        if (cache != null && !unreadable(parsed)) {
            cache.put(f.name, f.stamp, p);
        }
        return p;
    }

    private static boolean unreadable(ParsedFile f) {
        for (Diagnostic d : f.diagnostics()) {
            if (d.code().equals("unreadable")) {
                return true;
            }
        }
        return false;
    }

    static boolean hidden(Path p) {
        Path n = p.getFileName();
        return n != null && n.toString().startsWith(".");
    }

    static boolean isGuideName(Path p) {
        return isGuideName(p.getFileName().toString());
    }

    private static boolean isGuideName(String n) {
        return endsWith(n, ".md") || endsWith(n, ".markdown") || endsWith(n, ".txt");
    }

    private static boolean endsWith(String name, String suffix) {
        return name.regionMatches(true, name.length() - suffix.length(), suffix, 0, suffix.length());
    }

    /** `f` (found under `base`) as the user refers to it: the seeds location as given, then the path below it. */
    /** Kernel file systems, where a read can block for ever (/proc/kmsg) or never end. */
    private static final List<String> KERNEL = List.of("/proc", "/sys", "/dev");

    /** The kernel file system a symlink leads into, or null (one lstat for a plain file). */
    static String kernelTarget(Path p) {
        if (!Files.isSymbolicLink(p)) {
            return null;
        }
        String real;
        try {
            real = p.toRealPath().toString();
        } catch (IOException e) {
            try {
                // a target that cannot be resolved (a container without /proc/kmsg): judged by what the link says
                Path t = Files.readSymbolicLink(p);
                real = (t.isAbsolute() ? t : p.resolveSibling(t)).normalize().toString();
            } catch (IOException again) {
                return null;
            }
        }
        for (String k : KERNEL) {
            if (real.equals(k) || real.startsWith(k + "/")) {
                return k;
            }
        }
        return null;
    }

    /** The target of a symlink whose target does not exist, else null. */
    private static String dangling(Path p) {
        try {
            if (Files.isSymbolicLink(p) && !Files.exists(p) && !loops(p)) {
                return Files.readSymbolicLink(p).toString();
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    private static boolean linkLoop(Path p) {
        try {
            return Files.isSymbolicLink(p) && loops(p);
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether following the link from `p` comes back to a link already followed (a -> b -> a). */
    private static boolean loops(Path p) throws IOException {
        java.util.Set<Path> seen = new java.util.HashSet<>();
        Path cur = p;
        for (int k = 0; k < 40 && Files.isSymbolicLink(cur); k++) {
            if (!seen.add(cur.toAbsolutePath().normalize())) {
                return true;
            }
            cur = cur.resolveSibling(Files.readSymbolicLink(cur));
        }
        return Files.isSymbolicLink(cur);
    }

    private static String display(String base, String shown, Path f) {
        return named(shown, relative(base, f));
    }

    /** The path of `f` below `base` (the directory walked), with forward slashes. */
    private static String relative(String base, Path f) {
        String path = f.toString();
        String rel = path.startsWith(base) ? path.substring(base.length()) : path;
        int from = 0;
        while (from < rel.length() && (rel.charAt(from) == '/' || rel.charAt(from) == '\\')) {
            from++;
        }
        return rel.substring(from).replace('\\', '/');
    }

    private static String named(String shown, String rel) {
        // a line break in a file name is shown, never obeyed, wherever the name goes (tables, messages, JSON)
        String name = shown.endsWith("/") ? shown + rel : shown + "/" + rel;
        return name.indexOf('\n') < 0 && name.indexOf('\r') < 0 ? name : name.replace("\n", "\\n").replace("\r", "\\r");
    }

    /** Reads and parses one file; read failures become that file's diagnostics. */
    public static ParsedFile parseOne(Path path, String name) {
        try {
            return parseText(name, TextFile.read(path, name));
        } catch (TextFile.ReadFailure e) {
            return new ParsedFile(name, ParsedFile.Kind.UNKNOWN, null, null, List.of(e.diagnostic()));
        }
    }

    /** Parses text, turning a parser crash into a diagnostic for that file alone. */
    public static ParsedFile parseText(String name, String text) {
        try {
            return GuideParser.parse(name, text);
        } catch (StackOverflowError | RuntimeException e) {
            return new ParsedFile(name, ParsedFile.Kind.UNKNOWN, null, null, List.of(Diagnostic.error(name, 1, 1,
                    "unreadable", "could not be parsed (" + e.getClass().getSimpleName() + "): simplify the file")));
        }
    }

    /** Already marked as a duplicate (the marking of one folder, seen again when several are loaded together). */
    private static boolean flagged(SeedFile sf) {
        for (Diagnostic d : sf.parsed().diagnostics()) {
            if (d.code().equals("duplicate-id")) {
                return true;
            }
        }
        return false;
    }

    static List<SeedFile> flagDuplicates(List<SeedFile> files) {
        Map<String, SeedFile> first = new HashMap<>(files.size() * 4 / 3 + 16);
        List<SeedFile> out = new ArrayList<>(files.size());
        for (SeedFile sf : files) {
            String id = sf.id();
            if (id != null && first.containsKey(id) && !sf.broken() || id != null && first.containsKey(id) && !flagged(sf)) {
                ParsedFile f = sf.parsed();
                List<Diagnostic> d = new ArrayList<>(f.diagnostics());
                int line = f.guide() != null ? f.guide().line() : f.report().line();
                d.add(Diagnostic.error(f.file(), line, 1, "duplicate-id", "id '" + id + "' is already used by " + first.get(id).file()
                        + ": give one of them a different company or role"));
                // kept, marked: listings show both files; a command about one guide stops and names them
                out.add(SeedFile.of(new ParsedFile(f.file(), f.kind(), f.guide(), f.report(), List.copyOf(d))));
                continue;
            }
            if (id != null) {
                first.put(id, sf);
            }
            out.add(sf);
        }
        return out;
    }

    private static Seeds loadBundled() {
        List<SeedFile> files = new ArrayList<>();
        try {
            Path code = Path.of(SeedRepository.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(code)) {
                Path dir = code.resolve("seeds");
                if (Files.isDirectory(dir)) {
                    try (var s = Files.list(dir)) {
                        for (Path p : s.sorted().toList()) {
                            if (isGuideName(p) && !hidden(p)) {
                                files.add(SeedFile.of(parseOne(p, "bundled:seeds/" + p.getFileName())));
                            }
                        }
                    }
                }
            } else {
                try (ZipFile zip = new ZipFile(code.toFile())) {
                    List<? extends ZipEntry> entries = zip.stream()
                            .filter(e -> e.getName().startsWith("seeds/") && !e.isDirectory())
                            .sorted(Comparator.comparing(ZipEntry::getName)).toList();
                    for (ZipEntry e : entries) {
                        String name = "bundled:" + e.getName();
                        if (!isGuideName(Path.of(e.getName())) || hidden(Path.of(e.getName()))) {
                            continue;
                        }
                        try (InputStream in = zip.getInputStream(e)) {
                            byte[] bytes = in.readNBytes((int) TextFile.MAX_BYTES + 1);
                            try {
                                files.add(SeedFile.of(parseText(name, TextFile.decode(bytes, name))));
                            } catch (TextFile.ReadFailure f) {
                                files.add(SeedFile.of(new ParsedFile(name, ParsedFile.Kind.UNKNOWN, null, null, List.of(f.diagnostic()))));
                            }
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            throw InputException.data("cannot read the seeds bundled in the jar: " + e.getMessage()
                    + ": point --seeds at a directory of guides");
        }
        return new Seeds("bundled:seeds", flagDuplicates(files));
    }
}
