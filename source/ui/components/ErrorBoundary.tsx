/** Catches an exception while rendering and hands it to `onError` (which restores the terminal and exits). */
import { Component, type ReactNode } from 'react';

export interface ErrorBoundaryProps {
  onError: (error: Error) => void;
  children: ReactNode;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: Error) {
    this.props.onError(error);
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}
