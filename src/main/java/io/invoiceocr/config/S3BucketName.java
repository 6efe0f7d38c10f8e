package io.invoiceocr.config;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * A name S3 accepts for a general purpose bucket (AWS S3 user guide, "General purpose bucket
 * naming rules"): 3 to 63 characters of lower-case letters, digits, dots and hyphens, beginning
 * and ending with a letter or digit, no two dots in a row. Checked when the settings are bound, so
 * that a name S3 would refuse stops the start naming the setting, rather than as an AWS SDK error
 * from whichever call first uses it. (The rarer rules, such as no IP-address form, are left to S3.)
 */
@Documented
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@NotBlank
@Pattern(regexp = "^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")
@ReportAsSingleViolation
public @interface S3BucketName {

	String message() default "is not a bucket name S3 accepts: it must be 3 to 63 characters of lower-case letters,"
			+ " digits, dots and hyphens, beginning and ending with a letter or digit, without two dots in a row";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
