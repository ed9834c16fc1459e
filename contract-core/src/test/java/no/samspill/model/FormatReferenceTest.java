package no.samspill.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/format.md is the format's reference: its "Fields" table and the model must name the same
 * keys, both ways, so that neither can change without the other.
 *
 * <p>The table's conventions: a path cell holds items separated by "," or "/"; an item is a
 * path in code (`contract.title`), or a kind of mapping in words (party, principle entry)
 * followed by a relative path in code (`.name`), or a relative path alone that continues the
 * item before it. A type cell may list the keys of the mapping its path leads to: `{a, b}`.
 */
class FormatReferenceTest {

    private static final Path FORMAT = Path.of("..", "docs", "format.md");
    private static final Pattern KEYS = Pattern.compile("\\{([^}]*)}");

    /** Every key of the model, as "Record.key", with the first path it is found at from the root. */
    private static final Map<String, String> MODEL_KEYS = new LinkedHashMap<>();
    /** Every record reachable from the root, by the words the table uses for it ("principle entry"). */
    private static final Map<String, Class<?>> KINDS = new LinkedHashMap<>();

    private static List<Row> rows;

    @BeforeAll
    static void readTheModelAndTheTable() throws IOException {
        collect(Contract.class, "");
        rows = fieldsTable(Files.readString(FORMAT, StandardCharsets.UTF_8));
    }

    @Test
    void theFieldsTableIsFound() {
        assertThat(rows).as("rows of the \"## Fields\" table in %s", FORMAT).hasSizeGreaterThan(20);
    }

    @Test
    void everyPathTheReferenceDocumentsExistsInTheModel() {
        List<String> unknown = new ArrayList<>();
        for (Row row : rows) {
            documented(row, unknown);
        }
        assertThat(unknown).as("paths in docs/format.md that the model does not have").isEmpty();
    }

    @Test
    void everyKeyOfTheModelIsDocumentedInTheReference() {
        Set<String> documented = new LinkedHashSet<>();
        for (Row row : rows) {
            documented.addAll(documented(row, new ArrayList<>()));
        }
        Set<String> undocumented = new TreeSet<>();
        MODEL_KEYS.forEach((key, path) -> {
            if (!documented.contains(key)) {
                undocumented.add(path);
            }
        });

        assertThat(undocumented).as("keys of the model that docs/format.md does not document").isEmpty();
    }

    @Test
    void aPathTheModelLacksIsNamedInTheMismatch() {
        List<String> unknown = new ArrayList<>();
        documented(new Row("`contract.baseAgreement.appendix`", "integer"), unknown);
        documented(new Row("forum `.chair`", "string"), unknown);
        documented(new Row("`governance.exit`", "`{noticeMonths, graceMonths}`"), unknown);

        assertThat(unknown).containsExactly(
                "contract.baseAgreement.appendix", "forum .chair", "governance.exit.graceMonths");
    }

    /** The keys a row documents, as "Record.key"; what it names that the model lacks goes to {@code unknown}. */
    private static Set<String> documented(Row row, List<String> unknown) {
        Set<String> keys = new LinkedHashSet<>();
        Class<?> base = null;
        String basePath = "";
        Class<?> last = null;
        String lastPath = "";
        for (String item : row.path().split("\\s*[,/]\\s*")) {
            Matcher code = Pattern.compile("`([^`]*)`").matcher(item);
            String words = item.replaceAll("`[^`]*`", "").trim();
            String path = code.find() ? code.group(1) : "";
            if (!words.isEmpty()) {
                base = KINDS.get(words);
                basePath = words + " ";
                if (base == null) {
                    unknown.add(words);
                    continue;
                }
            }
            if (path.isEmpty()) {
                last = base;
                continue;
            }
            Class<?> start = path.startsWith(".") ? base : Contract.class;
            String shown = path.startsWith(".") ? basePath + path : path;
            if (!path.startsWith(".")) {
                String parent = path.contains(".") ? path.substring(0, path.lastIndexOf('.')) : "";
                base = parent.isEmpty() ? Contract.class : walk(Contract.class, parent, keys, new ArrayList<>(), parent);
                basePath = parent;
            }
            if (start == null) {
                unknown.add(shown);
                continue;
            }
            last = walk(start, path.startsWith(".") ? path.substring(1) : path, keys, unknown, shown);
            lastPath = shown;
        }
        Matcher listed = KEYS.matcher(row.type());
        if (listed.find()) {
            for (String key : listed.group(1).split("\\s*,\\s*")) {
                if (last == null || !last.isRecord()) {
                    unknown.add(lastPath + "." + key);
                } else {
                    walk(last, key, keys, unknown, lastPath + "." + key);
                }
            }
        }
        return keys;
    }

    /**
     * Follows a dotted path from a record, adding each key passed; answers the record (or list
     * element record) the path leads to, or null when the model lacks a key on the way.
     */
    private static Class<?> walk(Class<?> from, String dotted, Set<String> keys, List<String> unknown, String shown) {
        Class<?> at = from;
        for (String key : dotted.split("\\.")) {
            RecordComponent component = at == null || !at.isRecord() ? null : component(at, key);
            if (component == null) {
                unknown.add(shown);
                return null;
            }
            keys.add(at.getSimpleName() + "." + key);
            at = valueType(component);
        }
        return at;
    }

    private static RecordComponent component(Class<?> record, String name) {
        for (RecordComponent component : record.getRecordComponents()) {
            if (component.getName().equals(name)) {
                return component;
            }
        }
        return null;
    }

    /** The type a key holds: a list's element type for a list. */
    private static Class<?> valueType(RecordComponent component) {
        Type type = component.getGenericType();
        if (type instanceof ParameterizedType parameterized && List.class.equals(parameterized.getRawType())) {
            return (Class<?>) parameterized.getActualTypeArguments()[0];
        }
        return component.getType();
    }

    /** A record is a mapping of the format unless it stands for one scalar value (a baseline, a target). */
    private static boolean isMapping(Class<?> type) {
        return type.isRecord() && type != MeasureValue.class && type != PartyRef.class;
    }

    private static void collect(Class<?> record, String at) {
        if (KINDS.containsValue(record)) {
            return;
        }
        KINDS.put(words(record.getSimpleName()), record);
        for (RecordComponent component : record.getRecordComponents()) {
            String path = at + component.getName();
            MODEL_KEYS.put(record.getSimpleName() + "." + component.getName(), path);
            Class<?> value = valueType(component);
            if (isMapping(value)) {
                collect(value, path + (value == component.getType() ? "." : "[]."));
            }
        }
    }

    /** "PrincipleEntry" as the table writes it: "principle entry". */
    private static String words(String simpleName) {
        return simpleName.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(java.util.Locale.ROOT);
    }

    private record Row(String path, String type) {}

    private static List<Row> fieldsTable(String markdown) {
        Node document = Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(markdown);
        boolean inFields = false;
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading heading && heading.getLevel() == 2) {
                inFields = "Fields".equals(cellText(heading).trim());
            } else if (inFields && block instanceof TableBlock table) {
                List<Row> rows = new ArrayList<>();
                for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
                    if (part instanceof TableBody) {
                        for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                            rows.add(row((TableRow) row));
                        }
                    }
                }
                return rows;
            }
        }
        return List.of();
    }

    private static Row row(TableRow row) {
        List<String> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            cells.add(cellText((TableCell) cell));
        }
        return new Row(cells.get(0), cells.size() > 1 ? cells.get(1) : "");
    }

    /** The cell's text with its code spans still marked by backticks. */
    private static String cellText(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append('`').append(code.getLiteral()).append('`');
            }
        });
        return text.toString();
    }
}
