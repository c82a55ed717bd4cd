/**
 * Classification of personal and business-identifying data in the model.
 *
 * <p>Accessors carrying {@link io.jointresponse.core.privacy.PersonalData} or
 * {@link io.jointresponse.core.privacy.BusinessIdentifying} are redacted in {@code toString} and
 * drive the sharing sanitiser (notice 217, §7).
 */
package io.jointresponse.core.privacy;
