import torch

# int64 与 float32 相遇，结果是 float32，而不是更宽的 float64
big = torch.tensor([2**24 + 1])
print(torch.result_type(big, torch.tensor([1.0])))
#> torch.float32

# float32 只有 24 位有效二进制位：16777217 存不下，变成了 16777216
print(big * torch.tensor([1.0]))
#> tensor([16777216.])
