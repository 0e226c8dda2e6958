import torch

A = torch.arange(20, dtype=torch.float32).reshape(5, 4)

# 形状 (5, 1)：每行一个和，仍是 5 行
row_sums = A.sum(axis=1, keepdims=True)
print(row_sums.shape)
#> torch.Size([5, 1])

# (5, 4) 除以 (5, 1)：那 1 列被复制成 4 列，每个元素除以它所在行的和
P = A / row_sums
print(P)
#> tensor([[0.0000, 0.1667, 0.3333, 0.5000],
#>         [0.1818, 0.2273, 0.2727, 0.3182],
#>         [0.2105, 0.2368, 0.2632, 0.2895],
#>         [0.2222, 0.2407, 0.2593, 0.2778],
#>         [0.2286, 0.2429, 0.2571, 0.2714]])

# 每一行加起来都是 1
print(P.sum(axis=1))
#> tensor([1., 1., 1., 1., 1.])
