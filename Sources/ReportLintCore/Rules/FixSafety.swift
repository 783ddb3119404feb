/// Whether `reportlint fix` may apply a rule's fix without asking.
public enum FixSafety: String, Sendable, Hashable {
  /// Always right where the rule fires: applied by `fix`.
  case safe
  /// Usually right: shown, and applied only with `--unsafe-fixes`.
  case suggestion
}
