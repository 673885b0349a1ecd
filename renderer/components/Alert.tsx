import type { ReactNode } from 'react';

interface AlertProps {
  title?: string;
  children: ReactNode;
  onDismiss?: () => void;
}

export function ErrorAlert({ title, children, onDismiss }: AlertProps) {
  return (
    <div className="alert alert--error" role="alert">
      <div className="alert__body">
        {title ? <p className="alert__title">{title}</p> : null}
        <p className="alert__message">{children}</p>
      </div>
      {onDismiss ? (
        <button type="button" className="button button--quiet" onClick={onDismiss}>
          Dismiss
        </button>
      ) : null}
    </div>
  );
}

/** Something the person should know about what they see, not an error. */
export function InfoAlert({ title, children }: Omit<AlertProps, 'onDismiss'>) {
  return (
    <div className="alert alert--info" role="note">
      <div className="alert__body">
        {title ? <p className="alert__title">{title}</p> : null}
        <p className="alert__message">{children}</p>
      </div>
    </div>
  );
}
