/**
 * The validator of {@link io.jointresponse.beanvalidation.ValidJointResponseDocument} and the
 * translation of pointers into property paths; not exported but to Hibernate Validator, and not API.
 */
package io.jointresponse.beanvalidation.internal;
