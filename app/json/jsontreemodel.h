#pragma once

#include "json/jsonannotation.h"
#include <QAbstractItemModel>
#include <QByteArray>
#include <QJsonParseError>
#include <QJsonValue>
#include <functional>
#include <memory>

// Read-only tree model over one JSON value, used by every JSON tree in the GUI. Indexes carry a node
// pointer; a node's children are created only when a view asks for them, so setJson() is O(1) and a
// 5,000-item array costs nothing until it is expanded (KeePassXC's GroupModel, qBittorrent's
// TorrentContentModel). An object or array root is not shown itself: its members are the top-level
// rows. A scalar root is one top-level row with the path `$`.
//
// Two backings show the same tree: a QJsonValue (setJson), or the JSON text itself (setJsonBytes), read by
// simdjson into a DOM the model keeps (shared, immutable) and from which a node's QJsonValue is made only when
// someone asks for it (JsonValueRole, the annotator, the masks, the filter).
class JsonTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonTreeModel)

public:
    enum Column
    {
        KeyColumn,
        ValueColumn,
        NoteColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        JsonPathRole = Qt::UserRole + 1, // QString, e.g. `$.contacts[3].email`
        JsonValueRole, // the QJsonValue as QVariant (the real value, even when masked)
        ValueTypeRole, // "object", "array", "string", "number", "bool", "null"
        IsSecretRole // bool, from the annotator
    };
    Q_ENUM(Role)

    // Returns the annotation of one node; called lazily, at most once per node and annotator.
    using Annotator = std::function<JsonAnnotation(const QString& path, const QJsonValue& value)>;

    explicit JsonTreeModel(QObject* parent = nullptr);
    ~JsonTreeModel() override;

    enum class Backing
    {
        None, // nothing set
        Value, // setJson(), or setJsonBytes() on bytes only QJsonDocument reads as Qt shows them
        Dom, // setJsonBytes(): simdjson's DOM of the bytes
    };

    void setJson(const QJsonValue& root);
    // Shows the JSON text `bytes` (UTF-8) exactly as setJson(QJsonDocument::fromJson(bytes)...) would, with the
    // node at `path` (a JsonPath; empty: the whole document) as the root: the same rows in the same order (keys
    // sorted, of duplicate keys the last), texts, paths and values. Bytes that simdjson does not read as
    // QJsonDocument does (numbers Qt refuses, strings Qt changes, a scalar document, invalid JSON) go through
    // QJsonDocument. Returns false and clears the model when the bytes are no JSON object or array (`error`
    // says why, as QJsonDocument::fromJson does) or `path` names no node.
    bool setJsonBytes(const QByteArray& bytes, const QString& path = QString(), QJsonParseError* error = nullptr);
    Backing backing() const;
    void clear();
    QJsonValue json() const;
    // True when json() costs nothing: given by setJson(), or made. A tree read from bytes makes its whole value only
    // when asked: json() makes it on the spot, prepareJson() on a worker thread for a text of BackgroundValueBytes or
    // more (a 4 MB account takes tens of milliseconds, and as much memory again), then emits jsonPrepared(). The
    // filter asks that way before its first search; a tree nobody filters never pays for it.
    bool isValueReady() const;
    // True when json() is ready now; otherwise starts making it (once) and returns false.
    bool prepareJson();
    static constexpr qsizetype BackgroundValueBytes = 256 * 1024;
    // A tree replaced or cleared is freed on a worker thread when it read that many bytes or built that many nodes.
    static constexpr qsizetype BackgroundFreeNodes = 4096;

    void setAnnotator(Annotator annotator);
    void setMaskSecrets(bool mask);
    bool maskSecrets() const;

    // Hides more than the annotator's secrets, e.g. personal data in presenter mode: a scalar for which the
    // predicate (given its JSON path and value) is true shows maskText (value and tool tip) whatever
    // maskSecrets() says, and IsSecretRole is true for it and for every object or array holding one. Asking
    // about a container's members builds no node. An empty predicate hides nothing more.
    using MaskPredicate = std::function<bool(const QString& path, const QJsonValue& value)>;
    void setExtraMask(MaskPredicate predicate, const QString& maskText);
    bool hasExtraMask() const;
    // True when the extra mask hides the scalar at path (a filter must not match what it hides).
    bool hidesValue(const QString& path, const QJsonValue& value) const;

    // Index (column KeyColumn) of the node at `path`, creating the nodes along the way; invalid when
    // there is no such node or the path names the hidden container root.
    QModelIndex indexForPath(const QString& path) const;

    // Number of nodes created so far (the root included): shows that the model is lazy.
    qsizetype nodeCount() const;

    // How a value is shown when no annotation replaces it; strings escape control characters and
    // lone surrogates.
    static QString displayText(const QJsonValue& value);
    static QString maskedText(const QJsonValue& value);
    static QString escapeForDisplay(QStringView text);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

Q_SIGNALS:
    void jsonPrepared();

private:
    struct Node;
    struct Dom;

    Node* nodeFor(const QModelIndex& index) const;
    Node* visibleParentOf(const QModelIndex& parent) const;
    Node* childAt(Node* parent, int row) const;
    const JsonAnnotation& annotationOf(Node* node) const;
    bool rootIsHidden() const;
    void emitDataChangedForBuiltNodes(int firstColumn, int lastColumn);
    bool isExtraMasked(Node* node) const;
    bool holdsExtraMasked(const QJsonValue& value, const QString& path) const;
    const QJsonValue& valueOf(Node* node) const;
    static const QString& pathOf(Node* node);
    static bool isPlain(QStringView text); // nothing escapeForDisplay would change
    int childCount(Node* node) const;
    QString nodeText(Node* node) const;
    void setRoot(std::unique_ptr<Node> root, std::shared_ptr<const Dom> dom);

    std::shared_ptr<const Dom> m_dom; // outlives m_root, whose nodes point into it
    qsizetype m_domBytes = 0; // the size of the text m_dom was read from
    bool m_preparing = false; // prepareJson()'s worker is making m_dom's value
    std::unique_ptr<Node> m_root;
    Annotator m_annotator;
    bool m_maskSecrets = true;
    MaskPredicate m_extraMask;
    QString m_extraMaskText;
    mutable qsizetype m_nodeCount = 0;
};
