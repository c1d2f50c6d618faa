/** PII sealed at rest (AES-256 with Jasypt), blind indexes for exact and prefix search, the key ring and rotation. */
@NamedInterface("crypto")
package dev.wecruit.platform.crypto;

import org.springframework.modulith.NamedInterface;
