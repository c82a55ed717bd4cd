/**
 * The baseline's plain mutable beans: hand-written classes with the same JSON properties as the
 * wire format (java.time values, lists, enums), read and written by plain Jackson 3 databind.
 */
package io.jointresponse.benchmarks.pojo;
