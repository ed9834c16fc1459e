package no.samspill.cli;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

/**
 * The YAML language server (the engine of VS Code's YAML extension) run over stdio, with as
 * little of the Language Server Protocol as it takes to have it check documents against a
 * schema: initialize, the {@code yaml.*} settings, open documents, and the diagnostics it
 * publishes for them.
 *
 * <p>The client is written here in Java rather than as a node script so that the test that
 * uses it is an ordinary JUnit test, with its cases and its assertions in one place; the
 * protocol needed is a header and a JSON body per message, which Jackson reads and writes.
 *
 * <p>The server is the version pinned in {@code src/test/editor/package-lock.json}, installed by
 * {@code npm ci} into {@code target/editor} the first time; where node or npm is missing, or the
 * install fails (no network), the test is skipped with the reason, except in CI.
 */
final class YamlLanguageServer implements AutoCloseable {

    private static final Path PACKAGE = Path.of("src", "test", "editor");
    private static final Path INSTALLED = Path.of("target", "editor");
    private static final Path SERVER = INSTALLED.resolve(Path.of("node_modules", "yaml-language-server", "bin",
            "yaml-language-server"));

    /** One problem the server reports: 1-based line and column, as the validator reports them. */
    record Diagnostic(int line, int column, String message) {
        @Override
        public String toString() {
            return line + ":" + column + " " + message;
        }
    }

    private final ObjectMapper json = new ObjectMapper();
    private final Process process;
    private final OutputStream toServer;
    private final Thread reader;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();
    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();
    private volatile Instant lastPublished = Instant.now();
    private volatile ObjectNode settings;

    private YamlLanguageServer(Process process) {
        this.process = process;
        this.toServer = process.getOutputStream();
        this.reader = new Thread(this::readMessages, "yaml-language-server reader");
        this.reader.setDaemon(true);
        this.reader.start();
        Thread errorReader = new Thread(() -> copy(process.getErrorStream()), "yaml-language-server stderr");
        errorReader.setDaemon(true);
        errorReader.start();
    }

    /** Installs the server where it is not yet installed, and starts it; skips or fails the test where it cannot. */
    static YamlLanguageServer start() throws IOException, InterruptedException {
        requireOnPath("node");
        if (!Files.isRegularFile(SERVER)) {
            requireOnPath("npm");
            install();
        }
        Process process = new ProcessBuilder("node", SERVER.toString(), "--stdio").start();
        YamlLanguageServer server = new YamlLanguageServer(process);
        ObjectNode initialize = server.json.createObjectNode();
        initialize.put("processId", ProcessHandle.current().pid());
        initialize.putNull("rootUri");
        initialize.putObject("capabilities").putObject("workspace").put("configuration", true);
        server.request("initialize", initialize);
        server.notify("initialized", server.json.createObjectNode());
        return server;
    }

    private static void install() throws IOException, InterruptedException {
        Files.createDirectories(INSTALLED);
        for (String file : List.of("package.json", "package-lock.json")) {
            Files.copy(PACKAGE.resolve(file), INSTALLED.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        Path log = INSTALLED.resolve("npm-ci.log");
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts")
                .directory(INSTALLED.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        npm.getOutputStream().close();
        boolean finished = npm.waitFor(5, TimeUnit.MINUTES);
        if (!finished || npm.exitValue() != 0 || !Files.isRegularFile(SERVER)) {
            npm.destroyForcibly();
            skipOrFail("npm ci could not install the YAML language server into " + INSTALLED + " ("
                    + (finished ? "exit " + npm.exitValue() : "no end in 5 minutes") + "): "
                    + Files.readString(log).strip());
        }
    }

    /** The {@code yaml.*} settings: checking on, no schema store (nothing is fetched), {@code schemas} as given. */
    void configure(Map<String, List<String>> schemas) throws IOException {
        ObjectNode yaml = json.createObjectNode();
        yaml.put("validate", true).put("hover", true).put("completion", true);
        yaml.putObject("schemaStore").put("enable", false);
        yaml.putObject("format").put("enable", false);
        ObjectNode mapping = yaml.putObject("schemas");
        schemas.forEach((schema, files) -> files.forEach(mapping.withArray(schema)::add));
        ObjectNode all = json.createObjectNode();
        all.set("yaml", yaml);
        settings = all;
        ObjectNode params = json.createObjectNode();
        params.set("settings", all);
        notify("workspace/didChangeConfiguration", params);
    }

    /**
     * Opens the documents and waits until the server has published diagnostics for each, and
     * then for a moment of quiet, as it may publish a document's again once its schema is loaded.
     */
    Map<String, List<Diagnostic>> check(Map<String, String> documents, Duration timeout)
            throws IOException, InterruptedException {
        for (Map.Entry<String, String> document : documents.entrySet()) {
            ObjectNode params = json.createObjectNode();
            params.putObject("textDocument")
                    .put("uri", document.getKey())
                    .put("languageId", "yaml")
                    .put("version", 1)
                    .put("text", document.getValue());
            notify("textDocument/didOpen", params);
        }
        Instant deadline = Instant.now().plus(timeout);
        while (!diagnostics.keySet().containsAll(documents.keySet())
                || Duration.between(lastPublished, Instant.now()).compareTo(Duration.ofMillis(800)) < 0) {
            if (Instant.now().isAfter(deadline)) {
                List<String> missing = new ArrayList<>(documents.keySet());
                missing.removeAll(diagnostics.keySet());
                fail("the YAML language server published nothing within " + timeout.toSeconds() + " s for "
                        + missing.size() + " documents, such as " + missing.get(0) + "; its errors: " + errors);
            }
            if (!process.isAlive()) {
                fail("the YAML language server stopped: " + errors);
            }
            Thread.sleep(100);
        }
        Map<String, List<Diagnostic>> found = new ConcurrentHashMap<>();
        documents.keySet().forEach(uri -> found.put(uri, diagnostics.get(uri)));
        return found;
    }

    /** What the server shows on hovering at a 1-based line and a 0-based character: its markdown. */
    String hover(String uri, int line, int character) throws IOException, InterruptedException {
        ObjectNode params = json.createObjectNode();
        params.putObject("textDocument").put("uri", uri);
        params.putObject("position").put("line", line - 1).put("character", character);
        return request("textDocument/hover", params).path("contents").path("value").asText();
    }

    private JsonNode request(String method, JsonNode params) throws IOException, InterruptedException {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode message = json.createObjectNode().put("jsonrpc", "2.0").put("id", id).put("method", method);
        message.set("params", params);
        send(message);
        try {
            return answer.get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("no answer to " + method + " from the YAML language server: " + errors, e);
        }
    }

    private void notify(String method, JsonNode params) throws IOException {
        ObjectNode message = json.createObjectNode().put("jsonrpc", "2.0").put("method", method);
        message.set("params", params);
        send(message);
    }

    private synchronized void send(JsonNode message) throws IOException {
        byte[] body = json.writeValueAsBytes(message);
        toServer.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        toServer.write(body);
        toServer.flush();
    }

    private void readMessages() {
        try (InputStream in = process.getInputStream()) {
            while (true) {
                int length = -1;
                String header;
                while (!(header = readLine(in)).isEmpty()) {
                    if (header.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                        length = Integer.parseInt(header.substring("content-length:".length()).trim());
                    }
                }
                if (length < 0) {
                    return;
                }
                handle(json.readTree(in.readNBytes(length)));
            }
        } catch (IOException | RuntimeException e) {
            // the server has stopped; whoever waits on it says so
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        if (c == -1 && line.isEmpty()) {
            throw new IOException("end of the server's output");
        }
        return line.toString();
    }

    private void handle(JsonNode message) throws IOException {
        String method = message.path("method").asText(null);
        if (method == null) {
            CompletableFuture<JsonNode> answer = pending.remove(message.path("id").asInt());
            if (answer != null) {
                answer.complete(message.path("result"));
            }
        } else if (method.equals("textDocument/publishDiagnostics")) {
            List<Diagnostic> found = new ArrayList<>();
            for (JsonNode d : message.path("params").path("diagnostics")) {
                JsonNode start = d.path("range").path("start");
                found.add(new Diagnostic(start.path("line").asInt() + 1, start.path("character").asInt() + 1,
                        d.path("message").asText()));
            }
            diagnostics.put(message.path("params").path("uri").asText(), found);
            lastPublished = Instant.now();
        } else if (message.has("id")) {
            // a request of the server's: the settings where it asks for them, else an empty answer
            ObjectNode answer = json.createObjectNode().put("jsonrpc", "2.0");
            answer.set("id", message.get("id"));
            if (method.equals("workspace/configuration") && settings != null) {
                var items = answer.putArray("result");
                for (JsonNode item : message.path("params").path("items")) {
                    String section = item.path("section").asText("");
                    items.add(section.isEmpty() ? settings : settings.path(section.split("\\.")[0]));
                }
            } else {
                answer.putNull("result");
            }
            send(answer);
        }
    }

    private void copy(InputStream in) {
        try (in) {
            in.transferTo(new OutputStream() {
                @Override
                public void write(int b) {
                    synchronized (errors) {
                        if (errors.size() < 20_000) {
                            errors.write(b);
                        }
                    }
                }
            });
        } catch (IOException e) {
            // the server has stopped
        }
    }

    @Override
    public void close() throws InterruptedException {
        try {
            request("shutdown", null);
            notify("exit", null);
        } catch (IOException | RuntimeException e) {
            // it is stopped below in any case
        }
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    static void requireOnPath(String program) {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String folder : path.split(File.pathSeparator)) {
                if (Files.isExecutable(Path.of(folder, program))) {
                    return;
                }
            }
        }
        skipOrFail(program + " is not on the PATH (Debian packages nodejs and npm), so the schema is not tried"
                + " in the YAML language server");
    }

    private static void skipOrFail(String reason) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(reason + "; CI=true forbids skipping it");
        }
        System.err.println("SKIPPED: " + reason);
        Assumptions.abort(reason);
    }
}
