package dev.wecruit.intake;

/** A CV file as a recruiter or an integrator sent it. */
public record CvUpload(String fileName, byte[] content) {
}
