import torch

counts = torch.tensor([1, 2, 3])
weights = torch.tensor([0.5, 0.5, 0.5])
print(counts.dtype, weights.dtype)
#> torch.int64 torch.float32

# torch.dot 不做类型提升：int64 和 float32 不能直接求内积
print(torch.dot(counts, weights))
#> RuntimeError: dot : expected both vectors to have same dtype, but found Long and Float
