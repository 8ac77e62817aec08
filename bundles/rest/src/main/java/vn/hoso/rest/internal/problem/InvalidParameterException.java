package vn.hoso.rest.internal.problem;

/**
 * Thrown when a query parameter or header has a value the API does not accept. The response is 400.
 */
public final class InvalidParameterException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String parameter;
  private final String value;
  private final String accepted;

  /**
   * @param parameter the parameter or header, for example {@code size}
   * @param value the rejected value
   * @param accepted the values accepted, written the same in every language, for example {@code
   *     1–500} or {@code name, -name, birthDate, -birthDate}
   */
  public InvalidParameterException(String parameter, String value, String accepted) {
    super("Invalid " + parameter + " '" + value + "', accepted: " + accepted);
    this.parameter = parameter;
    this.value = value;
    this.accepted = accepted;
  }

  public String parameter() {
    return parameter;
  }

  public String value() {
    return value;
  }

  public String accepted() {
    return accepted;
  }
}
