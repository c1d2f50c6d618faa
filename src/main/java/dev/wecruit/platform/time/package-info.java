/** The one {@code Clock} bean. */
@NamedInterface("time")
package dev.wecruit.platform.time;

import org.springframework.modulith.NamedInterface;
