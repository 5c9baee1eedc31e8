package org.newskg.report;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.newskg.model.ResourceFiles;

/**
 * What Neo4j Browser shows for kg: a graph style (a GRASS file: caption and colour per label, so people see
 * names, not ids) and a guide listing every saved report as a block to run, with the parameters they share.
 */
public final class BrowserGuide {

    private BrowserGuide() {
    }

    /** The GRASS style: Person, Party, Quote and Article captioned with their names, text and ids. */
    public static String style() {
        return ResourceFiles.text(BrowserGuide.class, "kg.grass");
    }

    /**
     * The guide (Browser sidebar, {@code :guide URL}): one section per report with its description, its
     * parameters and its query as a runnable block (click: into the editor; its play icon: run it).
     */
    public static String html(ReportCatalog catalog) {
        StringBuilder sb = new StringBuilder();
        sb.append("<title>kg reports</title>\n<slide>\n<h3>kg: saved reports</h3>\n")
                .append("<p>Click a grey block to put a report into the editor, then press <b>Ctrl+Enter</b>;")
                .append(" or click its play icon to run it at once.</p>\n")
                .append("<p>Every report runs as it is. To narrow one, set a parameter first, e.g.")
                .append(" <code>:param name => 'Ken Livingstone'</code> or <code>:param party => 'Labour'</code>;")
                .append(" this block sets them all back to their defaults:</p>\n")
                .append("<pre class=\"code runnable\" data-params=\"defaults\">:")
                .append(escape(paramsCommand(catalog))).append("</pre>\n")
                .append("<p>People are blue, parties red, quotes yellow, articles purple.</p>\n<ul>\n");
        for (SavedReport r : catalog.all()) {
            sb.append("<li>").append(escape(r.name())).append("</li>\n");
        }
        sb.append("</ul>\n");
        for (SavedReport r : catalog.all()) {
            sb.append("<h4>").append(escape(r.name())).append("</h4>\n")
                    .append("<p>").append(escape(r.description())).append("</p>\n");
            if (!r.params().isEmpty()) {
                sb.append("<p>Parameters: ").append(escape(String.join(", ",
                        r.params().stream().map(ReportParam::describe).toList()))).append("</p>\n");
            }
            sb.append("<pre class=\"code runnable\" data-report=\"").append(escape(r.name())).append("\">")
                    .append(escape(r.body())).append("</pre>\n");
        }
        sb.append("</slide>\n");
        return sb.toString();
    }

    /**
     * The parameters of every report with their defaults, for the Browser, where parameters are shared by all
     * queries: where two reports give one parameter different defaults, the larger number wins (a limit of
     * 200 instead of 20 shows more, never less).
     */
    public static Map<String, Object> sharedParams(ReportCatalog catalog) {
        Map<String, Object> out = new TreeMap<>();
        for (SavedReport r : catalog.all()) {
            for (ReportParam p : r.params()) {
                Object mine = p.defaultValue();
                out.merge(p.name(), mine == null ? NULL : mine, (a, b) -> larger(a, b));
            }
        }
        out.replaceAll((k, v) -> v == NULL ? null : v);
        return out;
    }

    private static final Object NULL = new Object();

    private static Object larger(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return x.doubleValue() >= y.doubleValue() ? a : b;
        }
        return a == NULL ? b : a;
    }

    /** The Browser command (without its colon) that sets every report parameter to its default. */
    public static String paramsCommand(ReportCatalog catalog) {
        StringBuilder sb = new StringBuilder("params {");
        String sep = "";
        for (Map.Entry<String, Object> e : sharedParams(catalog).entrySet()) {
            sb.append(sep).append(e.getKey()).append(": ").append(literal(e.getValue()));
            sep = ", ";
        }
        return sb.append('}').toString();
    }

    static String literal(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof String s) {
            return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
        }
        return v.toString().toLowerCase(Locale.ROOT);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
