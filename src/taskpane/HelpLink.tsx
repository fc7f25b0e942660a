import { Link } from "@fluentui/react-components";

/** Where the help page is, beside taskpane.html (also the manifest's SupportUrl). */
export const HELP_URL = "assets/help.html";

/**
 * The short help page (the norms, Klaar voor bestuur, where the document is kept) in a new window,
 * so the pane and what was typed stay as they are.
 */
export function HelpLink({ className }: { className?: string }) {
  return (
    <Link href={HELP_URL} target="_blank" rel="noopener" {...(className ? { className } : {})}>
      Hulp bij SOP Assistent
    </Link>
  );
}
