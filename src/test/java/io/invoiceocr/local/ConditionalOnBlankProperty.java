package io.invoiceocr.local;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/**
 * Matches when the property is unset or empty: a stand-in steps in only where the setting that
 * names the real thing is blank ({@code @ConditionalOnProperty} cannot say "empty").
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(BlankPropertyCondition.class)
@interface ConditionalOnBlankProperty {

	/** The property's name. */
	String value();

}
