package no.samspill.internal.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import no.samspill.model.Contract;
import no.samspill.model.Term;
import org.junit.jupiter.api.Test;

/** The descriptions samspill check renders every clause against stay maximal and minimal as the model grows. */
class CheckDescriptionsTest {

    @Test
    void theMaximalDescriptionsSetEveryFieldOfTheModelSomewhere() {
        Set<String> all = new TreeSet<>();
        Set<String> set = new LinkedHashSet<>();
        walk(PackChecks.description("maximal"), all, set);
        // The parties of a side are given singly or as a list: the several-parties description gives the lists.
        walk(PackChecks.description("several"), all, set);

        all.removeAll(set);
        // A term has a duration or an end, never both; the maximal description gives the duration.
        all.remove(Term.class.getSimpleName() + ".end");
        assertThat(all).as("fields of the model the maximal description leaves out").isEmpty();
    }

    @Test
    void theMinimalDescriptionLeavesOutTheOptionalClausesFields() {
        Contract minimal = PackChecks.description("minimal");

        assertThat(minimal.risks()).isEmpty();
        assertThat(minimal.incentives()).isEmpty();
        assertThat(minimal.amendments()).isEmpty();
        assertThat(minimal.background()).isNull();
        assertThat(minimal.governance().relationshipManagers()).isNull();
        assertThat(minimal.parties().customer().contact()).isNull();
        assertThat(minimal.contract().baseAgreement().changesAppendix()).isNull();
    }

    /** Every record component reached from the value, and those that are set (not null, not empty) at least once. */
    private static void walk(Object value, Set<String> all, Set<String> set) {
        if (value == null) {
            return;
        }
        if (value instanceof Collection) {
            for (Object item : new ArrayList<>((Collection<?>) value)) {
                walk(item, all, set);
            }
            return;
        }
        if (!value.getClass().isRecord()) {
            return;
        }
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            String name = value.getClass().getSimpleName() + "." + component.getName();
            all.add(name);
            Object field;
            try {
                field = component.getAccessor().invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            boolean present = field != null && !(field instanceof Collection && ((Collection<?>) field).isEmpty());
            if (present) {
                set.add(name);
            }
            walk(field, all, set);
        }
    }

}
