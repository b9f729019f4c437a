using System.Buffers.Binary;

namespace GraphExplorer.Engine.Storage.Durability;

/// <summary>
/// The byte layout of the write-ahead log (docs/storage.md): an 8-byte header (magic <c>GXWL</c>, format
/// version, reserved), then frames of <c>[u32 payload length][u8 record type][payload][u32 CRC-32 of the
/// length, type and payload]</c>, little-endian. Thread-safe.
/// </summary>
internal static class WalFormat
{
    /// <summary>The log's file name inside the data directory.</summary>
    public const string FileName = "graph.wal";

    /// <summary>The format version this code writes (2: schema kinds as <see cref="SchemaKindCodes"/>); it also reads version 1.</summary>
    public const ushort Version = 2;

    /// <summary>The oldest format version this code reads (1: schema kinds as the parser enums' values of the time).</summary>
    public const ushort OldestReadableVersion = 1;

    /// <summary>The size of the file header.</summary>
    public const int HeaderSize = 8;

    /// <summary>Bytes a frame adds around its payload: length, type and checksum.</summary>
    public const int FrameOverhead = 9;

    /// <summary>Record type 0 is reserved as invalid, so zero-filled bytes never read as a record.</summary>
    public const byte InvalidRecord = 0;

    /// <summary>A committed transaction: sequence number, id counters and redo operations.</summary>
    public const byte CommitRecord = 1;

    private static ReadOnlySpan<byte> Magic => "GXWL"u8;

    /// <summary>The file header.</summary>
    public static byte[] Header()
    {
        var header = new byte[HeaderSize];
        Magic.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(4), Version);
        return header;
    }

    /// <summary>Frames a payload as one record.</summary>
    public static byte[] Frame(byte type, ReadOnlySpan<byte> payload)
    {
        var frame = new byte[payload.Length + FrameOverhead];
        BinaryPrimitives.WriteUInt32LittleEndian(frame, (uint)payload.Length);
        frame[4] = type;
        payload.CopyTo(frame.AsSpan(5));
        BinaryPrimitives.WriteUInt32LittleEndian(frame.AsSpan(5 + payload.Length), Crc32.Compute(frame.AsSpan(0, 5 + payload.Length)));
        return frame;
    }

    /// <summary>
    /// Reads the records of a log image. A damaged last record (cut short, failing its checksum, or zero
    /// bytes) is a torn tail: scanning stops at its offset, reported as <see cref="WalScan.ValidLength"/>.
    /// Damage followed by more data is corruption.
    /// </summary>
    /// <exception cref="StoreCorruptedException">The header is wrong or a record in the middle is damaged.</exception>
    public static WalScan Scan(string path, byte[] image)
    {
        if (image.Length < HeaderSize)
        {
            // A crash while the header of a new log was written: it held no record.
            var expected = Header();
            return image.AsSpan().SequenceEqual(expected.AsSpan(0, image.Length)) || IsZero(image)
                ? new WalScan([], 0, Version)
                : throw new StoreCorruptedException(path, 0, "the file is too short to be a write-ahead log and holds foreign bytes");
        }

        if (!image.AsSpan(0, 4).SequenceEqual(Magic))
        {
            throw new StoreCorruptedException(path, 0, "the file does not start with the write-ahead log magic 'GXWL'");
        }

        var version = BinaryPrimitives.ReadUInt16LittleEndian(image.AsSpan(4));
        if (version is < OldestReadableVersion or > Version)
        {
            throw new StoreCorruptedException(path, 4, $"the write-ahead log has format version {version}; this engine reads versions {OldestReadableVersion} to {Version}");
        }

        var records = new List<WalRecord>();
        var position = (long)HeaderSize;
        while (position < image.Length)
        {
            var rest = image.AsSpan((int)position);
            if (rest.Length < FrameOverhead || IsZero(rest))
            {
                return new WalScan(records, position, version);
            }

            var length = BinaryPrimitives.ReadUInt32LittleEndian(rest);
            var end = position + FrameOverhead + length;
            if (end > image.Length)
            {
                return new WalScan(records, position, version);
            }

            var body = rest[..(5 + (int)length)];
            var stored = BinaryPrimitives.ReadUInt32LittleEndian(rest[(5 + (int)length)..]);
            if (stored != Crc32.Compute(body))
            {
                return end == image.Length
                    ? new WalScan(records, position, version)
                    : throw new StoreCorruptedException(path, position, "a record fails its checksum and more records follow it");
            }

            var type = body[4];
            if (type != CommitRecord)
            {
                throw new StoreCorruptedException(path, position, $"a record has the unknown type {type}");
            }

            records.Add(new WalRecord(position, type, body[5..].ToArray()));
            position = end;
        }

        return new WalScan(records, position, version);
    }

    private static bool IsZero(ReadOnlySpan<byte> bytes) => !bytes.ContainsAnyExcept((byte)0);
}

/// <summary>One record of the log: where it starts, its type and its payload.</summary>
internal sealed record WalRecord(long Offset, byte Type, byte[] Payload);

/// <summary>The intact records of a log, the length they end at (anything after is a torn tail) and the log's format version.</summary>
internal sealed record WalScan(IReadOnlyList<WalRecord> Records, long ValidLength, int Version);
