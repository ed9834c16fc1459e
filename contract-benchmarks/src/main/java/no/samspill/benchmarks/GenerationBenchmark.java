package no.samspill.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import no.samspill.ContractGenerator;
import no.samspill.Generation;
import no.samspill.model.Contract;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm generation of a bundled example: the generator (templates, reference document) is
 * built once in setup, as an embedding application would, so each iteration measures one contract.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GenerationBenchmark {

    @Param({"ehelse-ssa-l.yaml"})
    public String example;

    private ContractGenerator generator;
    private String yaml;
    private Contract contract;

    @Setup
    public void setUp() {
        generator = ContractGenerator.create();
        try (InputStream in = GenerationBenchmark.class.getResourceAsStream("/no/samspill/templates/examples/" + example)) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        contract = generator.validate(example, yaml).contract();
    }

    /** From YAML text to DOCX bytes: read, validate, render templates, number, write DOCX. */
    @Benchmark
    public byte[] yamlToDocx() {
        Generation generation = generator.generate(example, yaml);
        if (!generation.isSuccess()) {
            throw new IllegalStateException(generation.problems().toString());
        }
        return generation.document();
    }

    /** From a validated model to DOCX bytes: what an embedding system that builds the model pays. */
    @Benchmark
    public byte[] contractToDocx() {
        return generator.generate(contract).document();
    }
}
