import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { Component, type ReactNode } from "react";

/**
 * Around a part loaded on demand (ADR 0023): when it cannot be fetched (the network went away) the
 * person reads what happened and can load the page again, instead of looking at an empty pane.
 */
export class LoadFailure extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Een onderdeel van SOP Assistent kon niet worden geladen</MessageBarTitle>
          Controleer de internetverbinding en laad de pagina opnieuw. Wat u in de browser invulde,
          blijft als concept bewaard.
        </MessageBarBody>
        <Button onClick={() => window.location.reload()}>Opnieuw laden</Button>
      </MessageBar>
    );
  }
}
