package no.samspill.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import no.samspill.ContractGenerator;
import no.samspill.Generation;

/**
 * The embedding example of README.md and docs/embedding.md, as a program: ReadmeExampleTest
 * runs it in a directory holding avtale.yaml and checks that the documents show this code.
 */
public final class ReadmeExample {
    private ReadmeExample() {}

    public static void main(String[] args) throws IOException {
        // README:begin
        ContractGenerator generator = ContractGenerator.create();   // build once, share between threads
        Generation result = generator.generate(Path.of("avtale.yaml"));
        if (result.isSuccess()) {
            Files.write(Path.of("avtale.docx"), result.document());
        } else {
            result.problems().forEach(System.err::println);         // file:line:column: path: message
        }
        // README:end
    }
}
