import './markdown.css';

import type { ComponentProps } from 'react';
import ReactMarkdown, { type Components, type ExtraProps } from 'react-markdown';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';

import { isExternal, safeUrl } from '../utils/safe-url';

/** The element's own props: react-markdown also passes its syntax-tree node, which is no DOM attribute. */
function withoutNode<T extends object>(props: T & ExtraProps): T {
  const own = { ...props };
  delete own.node;
  return own;
}

/** A link whose address was dropped as unsafe stays readable as text, never an `<a href="">` to this page. */
function SafeLink(all: ComponentProps<'a'> & ExtraProps) {
  const { href, children, ...props } = withoutNode(all);
  if (!href) return <span>{children}</span>;
  const external = isExternal(href);
  return (
    <a
      {...props}
      href={href}
      className="text-blue-800 underline"
      {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
    >
      {children}
    </a>
  );
}

function SafeImage(all: ComponentProps<'img'> & ExtraProps) {
  const { src, alt, ...props } = withoutNode(all);
  if (typeof src !== 'string' || !src) return <span>{alt}</span>;
  return <img {...props} src={src} alt={alt ?? ''} loading="lazy" referrerPolicy="no-referrer" className="max-w-full" />;
}

/**
 * Wide tables and code scroll in their own box, so the page never scrolls sideways on a phone; the
 * box takes focus, so it scrolls from the keyboard too.
 */
const components: Components = {
  a: SafeLink,
  img: SafeImage,
  table: (props) => (
    <div tabIndex={0} className="max-w-full overflow-x-auto">
      <table {...withoutNode(props)} />
    </div>
  ),
  pre: (props) => <pre {...withoutNode(props)} tabIndex={0} className="max-w-full overflow-x-auto rounded bg-slate-100 p-3 text-sm" />,
};

/**
 * A documentation page's markdown as HTML people can trust: raw HTML in the markdown never
 * renders (rehype-sanitize drops it, and with it every script, event handler, style and embedding),
 * and every link and image address goes through {@link safeUrl}.
 */
export function Markdown({ children }: { children: string }) {
  return (
    <div className="markdown-body min-w-0 space-y-3 break-words text-slate-900">
      <ReactMarkdown remarkPlugins={[remarkGfm]} rehypePlugins={[rehypeSanitize]} urlTransform={safeUrl} components={components}>
        {children}
      </ReactMarkdown>
    </div>
  );
}
