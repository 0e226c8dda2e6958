import torch

small = torch.tensor([1, 2], dtype=torch.int32)

# 有维度的 int64 张量：结果提升到 int64
print(torch.result_type(small, torch.tensor([3])))
#> torch.int64
# 零维的 int64 张量：像 Python 的 3 一样，结果仍是 int32
print(torch.result_type(small, torch.tensor(3)))
#> torch.int32
print((small * torch.tensor(3)).dtype)
#> torch.int32

# 归约的结果也是零维张量：float32 的和不会把 float16 张量变成 float32
half = torch.ones(2, dtype=torch.float16)
total = torch.ones(3).sum()
print(total.dtype, total.shape)
#> torch.float32 torch.Size([])
print((half * total).dtype)
#> torch.float16
