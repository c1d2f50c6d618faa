/** The firm's dashboard and the metrics behind it (capability C11). */
package dev.wecruit.reporting;
