package kr.crm.rest.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method whose every answer is a download of personal data (not only with {@code format=csv|xlsx}):
 * it needs a reason and is logged as an export.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface PersonalExport {
}
