/**
 * Organisations as reference data: the 47 prefectural police, their divisions, and the National
 * Police Agency's units as dated records that hold roles. Rules refer to roles, never to names.
 */
@ImmutablesStyle
package io.jointresponse.core.organisation;

import io.jointresponse.core.internal.ImmutablesStyle;
