package no.samspill.internal.templates;

import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Set;

/**
 * What a template may call on a Java object: the accessors and helper methods declared by the
 * model records and the engine's own helpers, nothing else. No constructors, no fields, no static
 * methods, and nothing inherited from {@code Object} or {@code Enum} ({@code getClass()},
 * {@code getDeclaringClass()}...), so a template cannot reach a class, a class loader or the
 * file system.
 */
final class SandboxMemberAccessPolicy implements MemberAccessPolicy {

    private static final String MODEL_PACKAGE = "no.samspill.model";
    private static final Set<Class<?>> HELPERS = Set.of(TemplateFormatter.class, ResolvedBaseAgreement.class,
            ResolvedBaseAgreement.Clause.class, SideView.class, PartyNames.class);
    private static final Set<String> OBJECT_METHODS = Set.of("equals", "hashCode", "toString");

    private static final ClassMemberAccessPolicy NOTHING = new ClassMemberAccessPolicy() {
        @Override
        public boolean isMethodExposed(Method method) {
            return false;
        }

        @Override
        public boolean isConstructorExposed(Constructor<?> constructor) {
            return false;
        }

        @Override
        public boolean isFieldExposed(Field field) {
            return false;
        }
    };

    private static final ClassMemberAccessPolicy DECLARED_METHODS = new ClassMemberAccessPolicy() {
        @Override
        public boolean isMethodExposed(Method method) {
            return isAllowedClass(method.getDeclaringClass())
                    && !Modifier.isStatic(method.getModifiers())
                    && !OBJECT_METHODS.contains(method.getName());
        }

        @Override
        public boolean isConstructorExposed(Constructor<?> constructor) {
            return false;
        }

        @Override
        public boolean isFieldExposed(Field field) {
            return false;
        }
    };

    @Override
    public ClassMemberAccessPolicy forClass(Class<?> contextClass) {
        return isAllowedClass(contextClass) ? DECLARED_METHODS : NOTHING;
    }

    @Override
    public boolean isToStringAlwaysExposed() {
        // Lets ${frequency} print "quarterly": an enum prints as its YAML name.
        return true;
    }

    private static boolean isAllowedClass(Class<?> type) {
        return HELPERS.contains(type) || MODEL_PACKAGE.equals(type.getPackageName());
    }
}
