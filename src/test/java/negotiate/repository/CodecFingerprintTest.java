package negotiate.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import negotiate.guide.ParsedFile;
import org.junit.jupiter.api.Test;

/**
 * The cache codec follows the records it writes: the components of every record reachable from
 * ParsedFile, derived here, must equal what GuideCodec says it writes. A component added to a record
 * (a report's table heading, say) fails this test until the codec writes it and its MAGIC changes —
 * caught here, not by a user served a stale cache.
 */
class CodecFingerprintTest {
    static String fingerprint() {
        Set<Class<?>> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        walk(ParsedFile.class, seen, out);
        return String.join("; ", out);
    }

    private static void walk(Class<?> c, Set<Class<?>> seen, List<String> out) {
        if (!c.isRecord() || !seen.add(c)) {
            return;
        }
        StringBuilder b = new StringBuilder(c.getSimpleName()).append('(');
        List<Class<?>> next = new ArrayList<>();
        for (RecordComponent rc : c.getRecordComponents()) {
            b.append(rc.getName()).append(':').append(name(rc.getGenericType())).append(' ');
            next.add(rc.getType());
            if (rc.getGenericType() instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> e) {
                next.add(e);
            }
        }
        out.add(b.toString().strip() + ")");
        for (Class<?> n : next) {
            walk(n, seen, out);
        }
    }

    private static String name(Type t) {
        if (t instanceof ParameterizedType p) {
            return ((Class<?>) p.getRawType()).getSimpleName() + "<" + name(p.getActualTypeArguments()[0]) + ">";
        }
        return t instanceof Class<?> c ? c.getSimpleName() : t.getTypeName();
    }

    @Test
    void theCodecWritesEveryComponentOfTheRecordsItCaches() {
        assertThat(fingerprint()).as("a cached record changed: make GuideCodec write and read it, change GuideCache.MAGIC,"
                + " then copy this fingerprint into GuideCodec.FOLLOWS").isEqualTo(GuideCodec.FOLLOWS);
    }
}
