package kr.crm.rest.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method (or every method of a class) whose path or query parameters name an account, a
 * customer or a contact person: a caller who may not see it gets 404, as if it did not exist (decision 192).
 * The method's own annotation wins over its class's.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@interface Scoped {

    /** Path parameters holding a customer or contact-person key. */
    String[] path() default {};

    /** Query parameters holding a customer or contact-person key. */
    String[] query() default {};

    /** What the 404 says is missing, e.g. {@code customer}. */
    String what() default "customer";
}
