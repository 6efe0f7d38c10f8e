package io.invoiceocr.local;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** The condition of {@link ConditionalOnBlankProperty}. */
class BlankPropertyCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		String name = (String) metadata.getAnnotationAttributes(ConditionalOnBlankProperty.class.getName()).get("value");
		return !StringUtils.hasText(context.getEnvironment().getProperty(name));
	}

}
