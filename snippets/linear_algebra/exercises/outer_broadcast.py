import torch

x = torch.tensor([1.0, 2.0, 3.0])
y = torch.tensor([10.0, 20.0])

# (3, 1) 与 (1, 2)：两边各有一维长度为 1，广播成 (3, 2)
col_times_row = x.reshape(3, 1) * y.reshape(1, 2)
print(col_times_row)
#> tensor([[10., 20.],
#>         [20., 40.],
#>         [30., 60.]])
print(torch.allclose(col_times_row, torch.outer(x, y)))
#> True

# 方向反过来：(1, 3) 与 (2, 1) 广播成 (2, 3)，是 y 与 x 的外积
row_times_col = x.reshape(1, 3) * y.reshape(2, 1)
print(row_times_col.shape)
#> torch.Size([2, 3])
print(torch.allclose(row_times_col, torch.outer(y, x)))
#> True

# 另一种写法：用 None 索引插入长度为 1 的维度，效果同 reshape(3, 1)
print(torch.allclose(x[:, None] * y[None, :], torch.outer(x, y)))
#> True

# 两个一维向量直接相乘：右对齐后 3 与 2 既不相等也不是 1
print(x * y)
#> RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 0
